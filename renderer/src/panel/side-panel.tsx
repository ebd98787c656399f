/**
 * The side panel: the selected pair (its flags and notes) and the list of every flag in the project. A click on
 * a flag jumps to its pair; each flag can be accepted, dismissed, resolved or reopened and carry notes.
 */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagRecord, PairRecord, ProjectSnapshot } from '../../../shared/project';
import type { FlagStatus } from '../../../shared/types';
import type { NoteTarget } from '../../../shared/ipc/schemas';
import { formatNumber } from '../i18n';
import { allFlags } from '../alignment/view-model';
import { NoteEditor } from './note-editor';

const LIST_LIMIT = 400;

/** What the panel can ask the view to do. */
export interface PanelActions {
  jumpTo(pairIndex: number): void;
  setStatus(flagId: number, status: FlagStatus): void;
  addNote(target: NoteTarget, text: string): Promise<boolean>;
  updateNote(noteId: number, text: string): Promise<boolean>;
  removeNote(noteId: number): void;
}

export const SidePanel = memo(function SidePanel({
  snapshot,
  selectedIndex,
  noteFocus,
  actions,
}: {
  snapshot: ProjectSnapshot;
  selectedIndex: number;
  noteFocus: number;
  actions: PanelActions;
}) {
  const { t, i18n } = useTranslation('app');
  const [statusFilter, setStatusFilter] = useState<'open' | 'all'>('open');
  const flags = useMemo(() => allFlags(snapshot), [snapshot]);
  const listed = flags.filter(({ flag }) => statusFilter === 'all' || flag.status === 'open');
  const pair: PairRecord | undefined = snapshot.pairs[selectedIndex];
  const openCount = flags.filter(({ flag }) => flag.status === 'open').length;
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      {pair && (
        <section className="panel-section" data-testid="pair-panel">
          <h2>{t('panel.pair', { number: formatNumber(selectedIndex + 1, i18n.language) })}</h2>
          {pair.flags.map((flag) => (
            <FlagCard key={flag.id} flag={flag} spanText={flagText(snapshot, flag)} pairIndex={selectedIndex} actions={actions} expanded />
          ))}
          <h3>{t('panel.pairNotes')}</h3>
          <NoteEditor
            testId="pair-note"
            notes={pair.notes}
            focusSerial={noteFocus}
            onAdd={(text) => actions.addNote({ pairId: pair.id }, text)}
            onUpdate={actions.updateNote}
            onRemove={actions.removeNote}
          />
        </section>
      )}
      <section className="panel-section">
        <div className="panel-heading">
          <h2>{t('panel.flags', { count: openCount, formatted: formatNumber(openCount, i18n.language) })}</h2>
          <select value={statusFilter} aria-label={t('panel.statusFilter')} onChange={(event) => setStatusFilter(event.target.value as 'open' | 'all')}>
            <option value="open">{t('panel.showOpen')}</option>
            <option value="all">{t('panel.showAll')}</option>
          </select>
        </div>
        <div className="flag-list" data-testid="flag-list">
          {listed.slice(0, LIST_LIMIT).map(({ flag, pairIndex }) => (
            <FlagCard key={flag.id} flag={flag} spanText={flagText(snapshot, flag)} pairIndex={pairIndex} actions={actions} expanded={false} />
          ))}
          {listed.length > LIST_LIMIT && <p className="muted small">{t('panel.more', { count: listed.length - LIST_LIMIT })}</p>}
          {listed.length === 0 && <p className="muted">{t('panel.noFlags')}</p>}
        </div>
      </section>
    </aside>
  );
});

/** The text a flag points at: its span, or its whole sentence. */
function flagText(snapshot: ProjectSnapshot, flag: FlagRecord): string {
  const sentences = flag.side === 'src' ? snapshot.source.sentences : snapshot.target.sentences;
  const text = sentences[flag.sentence]?.text ?? '';
  return flag.start !== undefined && flag.end !== undefined ? text.slice(flag.start, flag.end) : text;
}

function FlagCard({
  flag,
  spanText,
  pairIndex,
  actions,
  expanded,
}: {
  flag: FlagRecord;
  spanText: string;
  pairIndex: number;
  actions: PanelActions;
  expanded: boolean;
}) {
  const { t, i18n } = useTranslation('app');
  const [noting, setNoting] = useState(false);
  const statuses: FlagStatus[] = flag.status === 'open' ? ['accepted', 'dismissed', 'resolved'] : ['open'];
  return (
    <div
      className={`flag-card severity-${flag.severity} status-${flag.status}`}
      data-testid="flag-card"
      data-flag-kind={flag.kind}
      data-flag-text={spanText}
    >
      <button type="button" className="flag-jump" onClick={() => actions.jumpTo(pairIndex)}>
        <span className={`flag-kind flag-${flag.kind}`}>{t(`flagKind.${flag.kind}`)}</span>
        <span className="muted small">{t(`severity.${flag.severity}`)}</span>
        <span className="muted small">{t('panel.pairRef', { number: formatNumber(pairIndex + 1, i18n.language) })}</span>
        {flag.status !== 'open' && <span className="status-badge">{t(`flagStatus.${flag.status}`)}</span>}
        <span className="flag-message">{t(`flags:${flag.messageKey}`, { ...flag.params })}</span>
        {spanText && <q className="flag-quote">{spanText}</q>}
      </button>
      {!expanded && flag.notes.length > 0 && <div className="flag-note-count muted small">{t('panel.noteCount', { count: flag.notes.length })}</div>}
      {expanded && (
        <>
          <div className="flag-actions">
            {statuses.map((status) => (
              <button key={status} type="button" data-testid={`flag-${status}`} onClick={() => actions.setStatus(flag.id, status)}>
                {t(`flagAction.${status}`)}
              </button>
            ))}
            {!noting && flag.notes.length === 0 && (
              <button type="button" className="link" data-testid="flag-note-open" onClick={() => setNoting(true)}>
                {t('notes.addToFlag')}
              </button>
            )}
          </div>
          {(noting || flag.notes.length > 0) && (
            <NoteEditor
              testId="flag-note"
              notes={flag.notes}
              focusSerial={noting ? 1 : 0}
              onAdd={(text) => actions.addNote({ flagId: flag.id }, text)}
              onUpdate={actions.updateNote}
              onRemove={actions.removeNote}
            />
          )}
        </>
      )}
    </div>
  );
}
