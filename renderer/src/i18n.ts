/** The renderer's i18next instance (bundled resources, shared with the CLI and the menus) and Intl helpers. */
import { createI18n, pickUiLanguage } from '../../shared/i18n/create-i18n';
import type { UiLanguage } from '../../shared/i18n/resources';

/** The one instance; its language changes at run time. */
export const i18n = createI18n(pickUiLanguage(navigator.language));

/** The language the UI starts in when the user never chose one. */
export function defaultLanguage(): UiLanguage {
  return pickUiLanguage(navigator.language);
}

/** Formats a number for the UI language. */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}

/** Formats an ISO time for the UI language. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
