/**
 * The alignment view: header, search and filters, the correction bar, the virtualised list of pairs (one row
 * per pair, smooth with tens of thousands) and the flags-and-notes panel. Every edit goes to the store at once
 * and the view shows the snapshot it returns.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../shared/ipc/result';
import type { ProjectView, RevisionChanges } from '../../../shared/ipc/results';
import type { EditResult } from '../../../shared/ipc/edit-result';
import type { MenuCommand } from '../../../shared/ipc/events';
import { api, call } from '../api/api';
import type { AppActions } from '../app';
import { ExportDialog } from '../dialogs/export-dialog';
import { GlossaryDialog } from '../dialogs/glossary-dialog';
import { HelpDialog } from '../dialogs/help-dialog';
import { RevisionDialog } from '../dialogs/revision-dialog';
import { RevisionsDialog } from '../dialogs/revisions-dialog';
import { TranslationsDialog } from '../dialogs/translations-dialog';
import type { TranslationComparison } from '../../../shared/project';
import { SplitDialog } from '../dialogs/split-dialog';
import { SidePanel, type PanelActions } from '../panel/side-panel';
import { ActionBar, type Correction } from './action-bar';
import { ProjectHeader, type Dialog } from './project-header';
import { PairRow } from './pair-row';
import { shortcutFor, type ShortcutAction } from './shortcuts';
import { Toolbar } from './toolbar';
import { findNext, isOpenFlag, NO_FILTERS, thirdColumn, trackedChanges, visiblePairs, type Filters } from './view-model';



export function AlignmentView({ view, actions, menu }: { view: ProjectView; actions: AppActions; menu: { command: MenuCommand; serial: number } | null }) {
  const { t } = useTranslation('app');
  const snapshot = view.snapshot;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [noteFocus, setNoteFocus] = useState(0);
  const [panelOpen, setPanelOpen] = useState(true);
  /** Revision changes shown in the rows as tracked changes (only while they end at the current revision). */
  const [tracked, setTracked] = useState<RevisionChanges | null>(null);
  /** A second translation shown as a third column. */
  const [third, setThird] = useState<TranslationComparison | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  /** Set when the filters change, so the selected pair is brought back into view once the list is filtered. */
  const recentre = useRef(false);

  const visible = useMemo(() => visiblePairs(snapshot, filters), [snapshot, filters]);
  // TanStack Virtual returns fresh functions on each render; the React Compiler skips this component, as intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: (position) => snapshot.pairs[visible[position]]?.id ?? position,
  });
  const pair = snapshot.pairs[selected];
  const thirdByPair = useMemo(() => (third ? thirdColumn(snapshot, third) : undefined), [third, snapshot]);
  const thirdDocument = useMemo(() => (third ? { sentences: third.sentences, lang: third.alternate.lang } : undefined), [third]);
  const trackedSentences = useMemo(() => {
    if (!tracked) return undefined;
    const current = (tracked.side === 'src' ? snapshot.source : snapshot.target).info.revision;
    return tracked.to === current ? trackedChanges(tracked) : undefined;
  }, [tracked, snapshot.source, snapshot.target]);

  const scrollToPair = useCallback(
    (pairIndex: number) => {
      let position = visible.indexOf(pairIndex);
      if (position < 0) {
        setFilters(NO_FILTERS);
        position = pairIndex;
      }
      virtualizer.scrollToIndex(position, { align: 'center' });
    },
    [visible, virtualizer],
  );
  const select = useCallback(
    (pairIndex: number, scroll = true) => {
      if (pairIndex < 0 || pairIndex >= snapshot.pairs.length) return;
      setSelected(pairIndex);
      if (scroll) scrollToPair(pairIndex);
    },
    [snapshot.pairs.length, scrollToPair],
  );

  useEffect(() => {
    if (selected >= snapshot.pairs.length) setSelected(Math.max(0, snapshot.pairs.length - 1));
  }, [selected, snapshot.pairs.length]);

  useEffect(() => {
    if (!recentre.current) return;
    recentre.current = false;
    const position = visible.indexOf(selected);
    if (position >= 0) virtualizer.scrollToIndex(position, { align: 'center' });
  }, [visible, selected, virtualizer]);

  const changeFilters = useCallback(
    (next: Filters) => {
      recentre.current = true;
      setFilters(next);
      // When the selected pair is filtered out, the first pair that is shown becomes the selected one.
      const shown = visiblePairs(snapshot, next);
      if (shown.length > 0 && !shown.includes(selected)) setSelected(shown[0]);
    },
    [snapshot, selected],
  );

  const apply = useCallback(
    async (request: () => Promise<IpcResult<EditResult>>): Promise<boolean> => {
      const result = await actions.run(() => call(request()));
      if (result) actions.applyEdit(result);
      return result !== undefined;
    },
    [actions],
  );

  const correct = useCallback(
    (correction: Correction) => {
      if (!pair) return;
      switch (correction.type) {
        case 'merge':
          void apply(() => api.pairs.merge({ pairId: pair.id, direction: correction.direction })).then((done) => {
            if (done && correction.direction === 'previous') setSelected((index) => Math.max(0, index - 1));
          });
          return;
        case 'split':
          setDialog('split');
          return;
        case 'move':
          void apply(() => api.pairs.moveSentence({ pairId: pair.id, side: correction.side, which: correction.which }));
          return;
        case 'insertEmpty':
          void apply(() => api.pairs.insertEmpty({ pairId: pair.id, side: correction.side }));
          return;
        case 'confirm':
          void apply(() => api.pairs.confirm({ pairIds: [pair.id], confirmed: correction.confirmed }));
          return;
        case 'realign':
          void actions.runJob((jobId) => call(api.pairs.realignFrom({ pairId: pair.id, jobId }))).then((result) => result && actions.applyEdit(result));
          return;
        case 'note':
          setPanelOpen(true);
          setNoteFocus((serial) => serial + 1);
          return;
      }
    },
    [pair, apply, actions],
  );

  const history = useCallback((direction: 'undo' | 'redo') => void apply(() => (direction === 'undo' ? api.history.undo({}) : api.history.redo({}))), [apply]);

  const onShortcut = useCallback(
    (action: ShortcutAction) => {
      const pairs = snapshot.pairs;
      const position = visible.indexOf(selected);
      switch (action) {
        case 'nextPair':
          if (position >= 0 && position + 1 < visible.length) select(visible[position + 1]);
          else if (position < 0 && visible.length > 0) select(visible[0]);
          return;
        case 'previousPair':
          if (position > 0) select(visible[position - 1]);
          return;
        case 'nextFlag':
        case 'previousFlag':
          select(findNext(pairs, selected, action === 'nextFlag' ? 1 : -1, (candidate) => candidate.flags.some(isOpenFlag)));
          return;
        case 'nextUnreviewed':
          select(findNext(pairs, selected, 1, (candidate) => candidate.origin !== 'confirmed'));
          return;
        case 'confirm':
          correct({ type: 'confirm', confirmed: pair?.origin !== 'confirmed' });
          return;
        case 'mergeNext':
          correct({ type: 'merge', direction: 'next' });
          return;
        case 'mergePrevious':
          correct({ type: 'merge', direction: 'previous' });
          return;
        case 'split':
          if (pair && pair.src.length + pair.tgt.length > 2) setDialog('split');
          return;
        case 'note':
          correct({ type: 'note' });
          return;
        case 'undo':
          history('undo');
          return;
        case 'redo':
          history('redo');
          return;
        case 'find':
          searchRef.current?.focus();
          return;
        case 'help':
          setDialog('help');
          return;
      }
    },
    [snapshot.pairs, visible, selected, select, correct, pair, history],
  );

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
      if (dialog !== null) {
        if (event.key === 'Escape') setDialog(null);
        return;
      }
      // Enter and Space on a focused button press that button; they are not shortcuts there.
      if (target?.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) return;
      const action = shortcutFor(event);
      if (!action) return;
      if (typing && action !== 'find' && action !== 'help') return;
      if (typing && action === 'help' && event.key === '?') return;
      event.preventDefault();
      onShortcut(action);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [dialog, onShortcut]);

  useEffect(() => {
    if (!menu) return;
    switch (menu.command) {
      case 'history.undo':
        history('undo');
        break;
      case 'history.redo':
        history('redo');
        break;
      case 'project.export':
        setDialog('export');
        break;
      case 'project.revision':
        setDialog('revision');
        break;
      case 'help.shortcuts':
      case 'help.about':
        setDialog('help');
        break;
      case 'view.toggleFlags':
        setPanelOpen((open) => !open);
        break;
      case 'view.find':
        searchRef.current?.focus();
        break;
      case 'view.revisions':
        setDialog('revisions');
        break;
      case 'view.translations':
        setDialog('translations');
        break;
      default:
        break;
    }
    // Only a new menu event (a new serial) triggers the command.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [menu?.serial]);

  const panelActions = useMemo<PanelActions>(
    () => ({
      jumpTo: (pairIndex) => select(pairIndex),
      setStatus: (flagId, status) => void apply(() => api.flags.setStatus({ flagId, status })),
      addNote: (target, text) => apply(() => api.notes.add({ target, text })),
      updateNote: (noteId, text) => apply(() => api.notes.update({ noteId, text })),
      removeNote: (noteId) => void apply(() => api.notes.remove({ noteId })),
    }),
    [select, apply],
  );
  const selectRow = useCallback((index: number) => select(index, false), [select]);

  const close = async () => {
    await actions.run(() => call(api.project.close({})));
    actions.setProject(null);
  };
  const confirmed = useMemo(() => snapshot.pairs.filter((item) => item.origin === 'confirmed').length, [snapshot.pairs]);
  const changed = useMemo(() => snapshot.pairs.filter((item) => item.changedSinceReview).length, [snapshot.pairs]);

  return (
    <div className="alignment-view">
      <ProjectHeader
        view={view}
        confirmed={confirmed}
        thirdShown={third !== null}
        panelOpen={panelOpen}
        onDialog={setDialog}
        onHistory={history}
        onTogglePanel={() => setPanelOpen(!panelOpen)}
        onLanguage={actions.setLanguage}
        onClose={() => void close()}
      />
      <Toolbar filters={filters} onChange={changeFilters} shown={visible.length} total={snapshot.pairs.length} changedCount={changed} searchRef={searchRef} />
      <ActionBar pair={pair} isFirst={selected === 0} isLast={selected === snapshot.pairs.length - 1} onAction={correct} />
      <div className={`workspace${panelOpen ? ' with-panel' : ''}`}>
        <div className="pair-list-frame">
          <div className={`column-heads${third ? ' three' : ''}`} aria-hidden="true">
            <span />
            <span>{t('columns.source', { lang: snapshot.source.info.lang })}</span>
            <span>{t('columns.target', { lang: snapshot.target.info.lang })}</span>
            {third && <span>{t('columns.third', { name: third.alternate.name, lang: third.alternate.lang })}</span>}
          </div>
          <div className="pair-list" ref={listRef} data-testid="pair-list" role="grid" aria-rowcount={visible.length}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const pairIndex = visible[item.index];
                return (
                  <div
                    key={item.key}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                  >
                    <PairRow
                      snapshot={snapshot}
                      pair={snapshot.pairs[pairIndex]}
                      index={pairIndex}
                      selected={pairIndex === selected}
                      query={filters.search}
                      onSelect={selectRow}
                      tracked={trackedSentences}
                      third={thirdDocument}
                      thirdRows={thirdByPair?.get(pairIndex)}
                    />
                  </div>
                );
              })}
            </div>
            {visible.length === 0 && <p className="muted empty-list">{t('filters.nothing')}</p>}
          </div>
        </div>
        {panelOpen && <SidePanel snapshot={snapshot} selectedIndex={selected} noteFocus={noteFocus} actions={panelActions} />}
      </div>
      {dialog === 'help' && <HelpDialog onClose={() => setDialog(null)} />}
      {dialog === 'revision' && (
        <RevisionDialog
          snapshot={snapshot}
          actions={actions}
          onClose={() => setDialog(null)}
          onShowChanged={() => {
            setDialog(null);
            changeFilters({ ...NO_FILTERS, changed: true });
          }}
        />
      )}
      {dialog === 'revisions' && (
        <RevisionsDialog
          snapshot={snapshot}
          actions={actions}
          tracked={tracked}
          onTrack={setTracked}
          onClose={() => setDialog(null)}
          onJump={(side, sentence) => {
            setDialog(null);
            select(snapshot.pairs.findIndex((item) => (side === 'src' ? item.src : item.tgt).includes(sentence)));
          }}
        />
      )}
      {dialog === 'translations' && <TranslationsDialog actions={actions} shown={third} onShow={setThird} onClose={() => setDialog(null)} />}
      {dialog === 'glossary' && (
        <GlossaryDialog
          snapshot={snapshot}
          actions={actions}
          onClose={() => setDialog(null)}
          onShowTerminology={() => {
            setDialog(null);
            changeFilters({ ...NO_FILTERS, flagged: 'terminology' });
          }}
        />
      )}
      {dialog === 'export' && <ExportDialog name={snapshot.name} actions={actions} onClose={() => setDialog(null)} />}
      {dialog === 'split' && pair && (
        <SplitDialog
          snapshot={snapshot}
          pair={pair}
          onClose={() => setDialog(null)}
          onSplit={(srcCount, tgtCount) => {
            setDialog(null);
            void apply(() => api.pairs.split({ pairId: pair.id, srcCount, tgtCount }));
          }}
        />
      )}
    </div>
  );
}
