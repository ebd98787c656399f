/** One row of the alignment view: a pair's number and marks, both sides with flag spans, and its notes. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagRecord, PairRecord, ProjectSnapshot } from '../../../shared/project';
import type { Sentence, Side } from '../../../shared/types';
import type { TranslationDiffRow } from '../../../shared/revisions/diff-translations';
import { formatNumber } from '../i18n';
import { DiffText } from '../common/diff-text';
import { beadLabel, confidenceBand, sentenceRuns, type TrackedSentences } from './view-model';

interface PairRowProps {
  readonly snapshot: ProjectSnapshot;
  readonly pair: PairRecord;
  readonly index: number;
  readonly selected: boolean;
  readonly query: string;
  readonly onSelect: (index: number) => void;
  /** Revision changes to show as tracked changes instead of the plain text. */
  readonly tracked?: TrackedSentences;
  /** A second translation shown as a third column: its sentences, and its rows for this pair. */
  readonly third?: { readonly sentences: readonly Sentence[]; readonly lang: string };
  readonly thirdRows?: readonly TranslationDiffRow[];
}

export const PairRow = memo(function PairRow({ snapshot, pair, index, selected, query, onSelect, tracked, third, thirdRows }: PairRowProps) {
  const { t, i18n } = useTranslation('app');
  const band = confidenceBand(pair.score);
  const bead = beadLabel(pair);
  const notes = [...pair.notes, ...pair.flags.flatMap((flag) => flag.notes)];
  const classes = ['pair-row', third ? 'three' : '', selected ? 'selected' : '', pair.origin === 'confirmed' ? 'confirmed' : '', bead ? 'non-one' : '', pair.changedSinceReview ? 'changed' : ''];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      data-pair-id={pair.id}
      data-testid="pair-row"
      aria-selected={selected}
      role="row"
      onClick={() => onSelect(index)}
    >
      <div className="gutter">
        <span className="pair-number">{formatNumber(index + 1, i18n.language, { useGrouping: false })}</span>
        <span
          className={`confidence confidence-${band}`}
          title={t('row.confidence', { value: formatNumber(pair.score, i18n.language, { style: 'percent' }) })}
          aria-label={t(`row.confidenceBand.${band}`)}
        />
        {bead && (
          <span className="bead" title={t('row.bead', { src: pair.src.length, tgt: pair.tgt.length })}>
            {bead}
          </span>
        )}
        {pair.origin === 'confirmed' && (
          <span className="confirmed-mark" title={t('row.confirmed')}>
            {'✓'}
          </span>
        )}
        {pair.changedSinceReview && (
          <span className="changed-mark" title={t('row.changedSinceReview')} data-testid="changed-mark">
            {'Δ'}
          </span>
        )}
        {pair.origin === 'edited' && (
          <span className="edited-mark" title={t('row.edited')}>
            {'✎'}
          </span>
        )}
      </div>
      <SideCell snapshot={snapshot} pair={pair} side="src" query={query} tracked={tracked?.side === 'src' ? tracked : undefined} />
      <SideCell snapshot={snapshot} pair={pair} side="tgt" query={query} tracked={tracked?.side === 'tgt' ? tracked : undefined} />
      {third && <ThirdCell rows={thirdRows} sentences={third.sentences} lang={third.lang} />}
      {notes.length > 0 && (
        <div className="row-notes" data-testid="row-notes">
          {notes.map((note) => (
            <div key={note.id} className="row-note">
              <span className="note-icon" aria-hidden="true">
                {'✍'}
              </span>
              {note.text}
            </div>
          ))}
        </div>
      )}
    </div>
  );
});

/** The second translation of the pair's sentences, word by word against the main translation. */
function ThirdCell({ rows, sentences, lang }: { rows: readonly TranslationDiffRow[] | undefined; sentences: readonly Sentence[]; lang: string }) {
  const { t } = useTranslation('app');
  if (!rows || rows.every((row) => row.second.length === 0 && row.first.length === 0)) return <div className="cell third empty">{t('row.empty')}</div>;
  return (
    <div className="cell third" lang={lang} data-testid="third-cell">
      {rows.map((row, position) => (
        <span key={position} className={`sentence${row.identical ? ' identical' : ''}`}>
          {row.second.length > 0 && <sup className="sentence-number">{row.second.map((sentence) => sentences[sentence] ? sentence + 1 : '').join(',')}</sup>}
          <DiffText segments={row.segments} />{' '}
        </span>
      ))}
    </div>
  );
}

function SideCell({
  snapshot,
  pair,
  side,
  query,
  tracked,
}: {
  snapshot: ProjectSnapshot;
  pair: PairRecord;
  side: Side;
  query: string;
  tracked: TrackedSentences | undefined;
}) {
  const { t } = useTranslation('app');
  const sentences = side === 'src' ? snapshot.source.sentences : snapshot.target.sentences;
  const indices = side === 'src' ? pair.src : pair.tgt;
  const lang = side === 'src' ? snapshot.source.info.lang : snapshot.target.info.lang;
  if (indices.length === 0) {
    return <div className={`cell ${side} empty`}>{t('row.empty')}</div>;
  }
  return (
    <div className={`cell ${side}`} lang={lang}>
      {indices.map((sentenceIndex) => {
        const change = tracked?.bySentence.get(sentenceIndex);
        if (change) {
          // A change spanning several sentences shows its whole diff at the first of them.
          return change.first ? (
            <span key={sentenceIndex} className="sentence tracked" data-testid="tracked-change">
              <sup className="sentence-number">{sentenceIndex + 1}</sup>
              <DiffText segments={change.segments} />{' '}
            </span>
          ) : null;
        }
        const flags = pair.flags.filter((flag) => flag.side === side && flag.sentence === sentenceIndex && flag.status !== 'dismissed');
        return (
          <span key={sentenceIndex} className="sentence">
            <sup className="sentence-number">{sentenceIndex + 1}</sup>
            <SentenceText text={sentences[sentenceIndex]?.text ?? ''} flags={flags} query={query} />{' '}
          </span>
        );
      })}
    </div>
  );
}

function SentenceText({ text, flags, query }: { text: string; flags: readonly FlagRecord[]; query: string }) {
  const { t } = useTranslation('app');
  return (
    <>
      {sentenceRuns(text, flags, query).map((run, position) => {
        const content = run.match ? <mark>{run.text}</mark> : run.text;
        if (run.flags.length === 0) return <span key={position}>{content}</span>;
        const kinds = [...new Set(run.flags.map((flag) => flag.kind))];
        return (
          <span
            key={position}
            className={`flag-span ${kinds.map((kind) => `flag-${kind}`).join(' ')}`}
            data-flag-kinds={kinds.join(' ')}
            title={run.flags.map((flag) => `${t(`flagKind.${flag.kind}`)}: ${t(`flags:${flag.messageKey}`, { ...flag.params })}`).join('\n')}
          >
            {content}
          </span>
        );
      })}
    </>
  );
}
