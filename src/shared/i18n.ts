import browser from './browser';
import type { MessageKey } from './message-keys';

/**
 * The one way to get a user-visible string: from the `_locales` catalogues, in the browser's language.
 * A missing message shows its key rather than nothing, so a gap is visible in tests and screenshots.
 */
export function t(key: MessageKey, substitutions?: readonly string[]): string {
  return browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined) || key;
}

/** The language the catalogues answer in (not the browser's, which may have no catalogue), for `lang`. */
export function uiLanguage(): string {
  return t('ui_lang');
}
