import { getLanguage, setLanguage, t } from '../i18n/i18n.ts';

/** Shows the other language's name and switches to it. */
export function LanguageToggle() {
  function handleClick() {
    void setLanguage(getLanguage() === 'ja' ? 'en' : 'ja');
  }
  return (
    <button type="button" class="button button--quiet button--small" onClick={handleClick}
      lang={getLanguage() === 'ja' ? 'en' : 'ja'} aria-label={`${t('lang.label')}: ${t('lang.toggle')}`}>
      {t('lang.toggle')}
    </button>
  );
}
