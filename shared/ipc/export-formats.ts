/** The export formats the app offers (a zod-free module, so the renderer bundle does not pull in zod). */
export const EXPORT_FORMATS = ['tmx', 'xliff', 'csv', 'tsv', 'docx', 'html', 'json'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
