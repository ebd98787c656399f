/** The UI language switch (English / Русский), shown on every screen. */
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/i18n/resources';

export function LanguageSwitch({ onChange }: { onChange: (language: UiLanguage) => void }) {
  const { t, i18n } = useTranslation('app');
  return (
    <label className="language-switch">
      <span className="sr-only">{t('language.label')}</span>
      <select
        value={i18n.language}
        aria-label={t('language.label')}
        data-testid="ui-language"
        onChange={(event) => onChange(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.name.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
