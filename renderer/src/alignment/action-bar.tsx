/** Correction commands for the selected pair. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairRecord } from '../../../shared/project';
import type { Side } from '../../../shared/types';

/** The corrections a user can ask for. */
export type Correction =
  | { readonly type: 'merge'; readonly direction: 'next' | 'previous' }
  | { readonly type: 'split' }
  | { readonly type: 'move'; readonly side: Side; readonly which: 'first' | 'last' }
  | { readonly type: 'insertEmpty'; readonly side: Side }
  | { readonly type: 'confirm'; readonly confirmed: boolean }
  | { readonly type: 'realign' }
  | { readonly type: 'note' };

export const ActionBar = memo(function ActionBar({
  pair,
  isFirst,
  isLast,
  onAction,
}: {
  pair: PairRecord | undefined;
  isFirst: boolean;
  isLast: boolean;
  onAction: (correction: Correction) => void;
}) {
  const { t } = useTranslation('app');
  const none = pair === undefined;
  const canSplit = pair !== undefined && pair.src.length + pair.tgt.length > 2;
  const button = (key: string, correction: Correction, disabled: boolean, testId?: string) => (
    <button type="button" disabled={none || disabled} onClick={() => onAction(correction)} data-testid={testId} title={t(`actions.${key}.hint`)}>
      {t(`actions.${key}.label`)}
    </button>
  );
  return (
    <div className="action-bar" role="toolbar" aria-label={t('actions.label')}>
      {button('mergePrevious', { type: 'merge', direction: 'previous' }, isFirst, 'merge-previous')}
      {button('mergeNext', { type: 'merge', direction: 'next' }, isLast, 'merge-next')}
      {button('split', { type: 'split' }, !canSplit, 'split')}
      <span className="separator" />
      <span className="muted small">{t('actions.move')}</span>
      {button('moveSrcFirstUp', { type: 'move', side: 'src', which: 'first' }, isFirst || (pair?.src.length ?? 0) === 0)}
      {button('moveSrcLastDown', { type: 'move', side: 'src', which: 'last' }, isLast || (pair?.src.length ?? 0) === 0)}
      {button('moveTgtFirstUp', { type: 'move', side: 'tgt', which: 'first' }, isFirst || (pair?.tgt.length ?? 0) === 0)}
      {button('moveTgtLastDown', { type: 'move', side: 'tgt', which: 'last' }, isLast || (pair?.tgt.length ?? 0) === 0)}
      {button('emptyTgt', { type: 'insertEmpty', side: 'src' }, (pair?.tgt.length ?? 0) === 0 || (pair?.src.length ?? 0) === 0)}
      {button('emptySrc', { type: 'insertEmpty', side: 'tgt' }, (pair?.tgt.length ?? 0) === 0 || (pair?.src.length ?? 0) === 0)}
      <span className="separator" />
      {pair?.origin === 'confirmed'
        ? button('unconfirm', { type: 'confirm', confirmed: false }, false, 'unconfirm')
        : button('confirm', { type: 'confirm', confirmed: true }, false, 'confirm')}
      {button('realign', { type: 'realign' }, false, 'realign')}
      {button('note', { type: 'note' }, false, 'add-note')}
    </div>
  );
});
