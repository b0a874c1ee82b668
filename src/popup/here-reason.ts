import type { PageId } from '../rules/page-ids';
import { isCnrsPageUrl, siteOfHost, siteOfPage } from '../sites/cnrs-sites';
import type { Settings } from '../shared/settings-schema';
import { pageAddress, type TabPage } from '../shared/session-state';

/** What the extension does on the tab the person is looking at, and why (the "here and now" line). */
export type Here =
  | { readonly kind: 'noPermission' }
  | { readonly kind: 'notCnrs' }
  /** `siteId`: the site whose rules name the host, when one does (a page of that site no rule knows). */
  | { readonly kind: 'unrecognised'; readonly host: string; readonly siteId?: string }
  | { readonly kind: 'recognised' | 'paused' | 'siteOff'; readonly pageId: PageId; readonly siteId: string; readonly hintCount: number };

export interface HereFacts {
  /** Whether the extension may run on https://*.cnrs.fr/* (Firefox lets people withhold it). */
  readonly hostPermission: boolean;
  /** The tab's address; browsers hide it from the extension outside the CNRS hosts. */
  readonly url: string | undefined;
  /** What the tab's content script last reported. */
  readonly reported: TabPage | undefined;
  readonly settings: Settings;
}

export function hereReason({ hostPermission, url, reported, settings }: HereFacts): Here {
  if (!isCnrsPageUrl(url)) return hostPermission ? { kind: 'notCnrs' } : { kind: 'noPermission' };
  // A report about another address is left over from a page the tab has left.
  const current = reported && url && reported.where === pageAddress(url) ? reported : undefined;
  if (!current) {
    if (!hostPermission) return { kind: 'noPermission' };
    const host = new URL(url!).hostname;
    const siteId = siteOfHost(host);
    return siteId ? { kind: 'unrecognised', host, siteId } : { kind: 'unrecognised', host };
  }
  const siteId = siteOfPage(current.pageId) ?? '';
  const kind = settings.paused ? 'paused' : settings.sitesOff.includes(siteId) ? 'siteOff' : 'recognised';
  return { kind, pageId: current.pageId, siteId, hintCount: current.hintCount };
}
