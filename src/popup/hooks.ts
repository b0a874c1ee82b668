import { t, uiLanguage } from '../shared/i18n';

/** Marks the document with the language the catalogues answer in, for screen readers and the title. */
export function showLanguage(): void {
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
}
