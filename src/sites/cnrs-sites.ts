import { isCnrsHost } from '../engine/hosts';
import { SITES } from '../rules';
import type { PageId } from '../rules/page-ids';

/** The domain the content script runs on (manifest: https://*.cnrs.fr/*, which includes cnrs.fr itself). */
export const CNRS_DOMAIN = 'cnrs.fr';

/** The manifest's host permission: what the content script needs, and what Firefox lets people withhold. */
export const CNRS_ORIGINS = ['https://*.cnrs.fr/*'];

export { isCnrsHost };

/** Whether the extension's content script runs at this address. */
export function isCnrsPageUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && isCnrsHost(hostname);
  } catch {
    return false;
  }
}

/**
 * The hosts of the CNRS pages the rules know. Pages recognised by their text alone (the identity-provider
 * choice, NOA) may live on any CNRS host, which no list can name.
 */
export function knownCnrsHosts(): string[] {
  return [...new Set(SITES.flatMap((site) => site.hosts ?? []))].sort();
}

/** The ids of the sites whose pages are recognised by their text alone, on any CNRS host. */
export function textOnlySiteIds(): string[] {
  return SITES.filter((site) => !site.hosts).map((site) => site.id);
}

/** The site whose rules name this host, if one does. */
export function siteOfHost(host: string): string | undefined {
  return SITES.find((site) => site.hosts?.includes(host))?.id;
}

/** The site (its id, as in "turn one site off") a page belongs to. */
export function siteOfPage(pageId: PageId): string | undefined {
  return SITES.find((site) => site.pages.some((page) => page.id === pageId))?.id;
}

/** Every site id, in the rules' order. */
export function siteIds(): string[] {
  return SITES.map((site) => site.id);
}
