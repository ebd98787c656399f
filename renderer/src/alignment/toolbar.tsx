/** Search and filters above the pair list. */
import { memo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAG_KINDS, type FlagKind, type Side } from '../../../shared/types';
import { formatNumber } from '../i18n';
import type { Filters } from './view-model';

export const Toolbar = memo(function Toolbar({
  filters,
  onChange,
  shown,
  total,
  changedCount,
  searchRef,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  shown: number;
  total: number;
  /** Pairs changed since review; the filter shows only when there are some. */
  changedCount: number;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t, i18n } = useTranslation('app');
  const toggle = (key: 'lowConfidence' | 'unreviewed' | 'withNotes' | 'changed') => onChange({ ...filters, [key]: !filters[key] });
  return (
    <div className="toolbar" role="toolbar">
      <input
        ref={searchRef}
        type="search"
        className="search"
        placeholder={t('filters.searchPlaceholder')}
        aria-label={t('filters.search')}
        value={filters.search}
        data-testid="search"
        onChange={(event) => onChange({ ...filters, search: event.target.value })}
      />
      <select
        aria-label={t('filters.searchSide')}
        value={filters.searchSide}
        onChange={(event) => onChange({ ...filters, searchSide: event.target.value as Side | 'both' })}
      >
        <option value="both">{t('filters.side.both')}</option>
        <option value="src">{t('filters.side.src')}</option>
        <option value="tgt">{t('filters.side.tgt')}</option>
      </select>
      <label className="check">
        <input type="checkbox" checked={filters.lowConfidence} onChange={() => toggle('lowConfidence')} />
        {t('filters.lowConfidence')}
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.unreviewed} onChange={() => toggle('unreviewed')} />
        {t('filters.unreviewed')}
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.withNotes} onChange={() => toggle('withNotes')} data-testid="filter-notes" />
        {t('filters.withNotes')}
      </label>
      {changedCount > 0 && (
        <label className="check">
          <input type="checkbox" checked={filters.changed} onChange={() => toggle('changed')} data-testid="filter-changed" />
          {t('filters.changed')}
        </label>
      )}
      <select
        aria-label={t('filters.flagged')}
        value={filters.flagged ?? ''}
        data-testid="filter-flagged"
        onChange={(event) => onChange({ ...filters, flagged: event.target.value === '' ? null : (event.target.value as FlagKind | 'any') })}
      >
        <option value="">{t('filters.flaggedOff')}</option>
        <option value="any">{t('filters.flaggedAny')}</option>
        {FLAG_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`flagKind.${kind}`)}
          </option>
        ))}
      </select>
      <span className="spacer" />
      <span className="muted small" data-testid="shown-count">
        {t('filters.shown', { count: total, shown: formatNumber(shown, i18n.language), total: formatNumber(total, i18n.language) })}
      </span>
    </div>
  );
});
