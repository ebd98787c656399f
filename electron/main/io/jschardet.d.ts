// jschardet ships no type declarations; this covers the part Sverka calls.
declare module 'jschardet' {
  export interface DetectionResult {
    encoding: string | null;
    confidence: number;
    language?: string;
  }
  export function detect(buffer: Uint8Array | string, options?: { minimumThreshold?: number }): DetectionResult;
  export function detectAll(buffer: Uint8Array | string, options?: { minimumThreshold?: number }): DetectionResult[];
  const jschardet: { detect: typeof detect; detectAll: typeof detectAll };
  export default jschardet;
}
