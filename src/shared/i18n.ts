import browser from './browser';
import type { MessageKey } from './message-keys';
import type { LanguageChoice } from './settings-schema';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * The catalogues are `_locales`, the browser's own format. In the browser's language, `browser.i18n`
 * reads them. A language chosen in the settings cannot be had from `browser.i18n` (it always answers in
 * the browser's), so that catalogue is loaded from the same file, only when someone chooses it.
 */
const CATALOGUES: Record<Exclude<LanguageChoice, 'browser'>, () => Promise<{ default: Catalogue }>> = {
  en: () => import('../../assets/_locales/en/messages.json'),
  fr: () => import('../../assets/_locales/fr/messages.json'),
};

let chosen: { language: string; catalogue: Catalogue } | undefined;

/** Fills a message's $NAME$ placeholders the way browser.i18n does ($1, $2… are the substitutions). */
function format(catalogue: Catalogue, key: string, substitutions: readonly string[] = []): string | undefined {
  const entry = catalogue[key];
  if (!entry) return undefined;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '') : whole;
  });
}

/**
 * The one way to get a user-visible string: from the `_locales` catalogues, in the chosen language.
 * A missing message shows its key rather than nothing, so a gap is visible in tests and screenshots.
 */
export function t(key: MessageKey, substitutions?: readonly string[]): string {
  if (chosen) return format(chosen.catalogue, key, substitutions) ?? key;
  return browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined) || key;
}

/** The language the catalogues answer in (not the browser's, which may have no catalogue), for `lang`. */
export function uiLanguage(): string {
  return chosen?.language ?? (browser.i18n.getMessage('ui_lang') || 'en');
}

/** Applies the language of the settings; resolves once its catalogue is ready. */
export async function applyLanguage(choice: LanguageChoice): Promise<void> {
  const browserLanguage = browser.i18n.getMessage('ui_lang') || 'en';
  if (choice === 'browser' || choice === browserLanguage) {
    chosen = undefined;
    return;
  }
  chosen = { language: choice, catalogue: (await CATALOGUES[choice]()).default };
}
