/** All translation resources, bundled so nothing is fetched at run time. */
import enApp from './locales/en/app.json';
import enCli from './locales/en/cli.json';
import enErrors from './locales/en/errors.json';
import enFlags from './locales/en/flags.json';
import ruApp from './locales/ru/app.json';
import ruCli from './locales/ru/cli.json';
import ruErrors from './locales/ru/errors.json';
import ruFlags from './locales/ru/flags.json';

/** The UI languages Sverka ships. */
export const UI_LANGUAGES = ['en', 'ru'] as const;
/** One UI language. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Namespaces: app (renderer and menus), cli, errors (SverkaError keys), flags (divergence messages). */
export const NAMESPACES = ['app', 'cli', 'errors', 'flags'] as const;

/** i18next resources by language and namespace. */
export const resources = {
  en: { app: enApp, cli: enCli, errors: enErrors, flags: enFlags },
  ru: { app: ruApp, cli: ruCli, errors: ruErrors, flags: ruFlags },
} as const;
