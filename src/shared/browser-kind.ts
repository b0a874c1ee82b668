import type { MessageKey } from './message-keys';

/** The browsers whose cache-clearing steps the procedures give (the NOA procedure). */
export type BrowserKind = 'firefox' | 'edge' | 'chrome';

/** Which of them this is, from the user agent string (Edge says "Edg/", Firefox "Firefox/"). */
export function detectBrowser(userAgent: string): BrowserKind {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/\bEdg(e|A|iOS)?\//.test(userAgent)) return 'edge';
  return 'chrome';
}

/** The NOA procedure, « Vous rencontrez des difficultés ? »: the message with each browser's cache steps. */
export const CACHE_STEPS: Readonly<Record<BrowserKind, MessageKey>> = {
  firefox: 'help_cache_firefox',
  chrome: 'help_cache_chrome',
  edge: 'help_cache_edge',
};

/**
 * The browser's own page for clearing browsing data, which the popup opens for the person. Chrome and
 * Edge let an extension open their settings pages in a tab; Firefox refuses its privileged about: pages
 * to extensions, so there the steps stay the only way.
 */
export const CLEAR_DATA_PAGE: Readonly<Partial<Record<BrowserKind, string>>> = {
  chrome: 'chrome://settings/clearBrowserData',
  edge: 'edge://settings/clearBrowserData',
};
