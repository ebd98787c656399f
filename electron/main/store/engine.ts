/**
 * The engines the store calls when an edit or a realignment changes pairs: the aligner, the divergence checks
 * and the lexicon loader. One import point, so the store's data functions name no engine module directly.
 */
export { alignDocuments } from '../../../shared/align/align-documents';
export { checkDivergences } from '../../../shared/divergence/check-divergences';
export { loadLexicon } from '../lexicon/load-lexicon';
