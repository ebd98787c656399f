import i18next, { type i18n } from 'i18next';
import { NAMESPACES, resources, UI_LANGUAGES, type UiLanguage } from './resources';

/** Picks the UI language from a locale string such as "ru_RU.UTF-8" or "en-GB"; English when unknown. */
export function pickUiLanguage(locale: string | undefined): UiLanguage {
  const primary = (locale ?? '').toLowerCase().split(/[-_.]/)[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/** Creates an initialised, independent i18next instance (synchronous: resources are bundled). */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'app',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
