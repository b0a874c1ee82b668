import { siteApplies } from '../engine/hosts';
import { SITES } from '../rules';
import type { PageId } from '../rules/page-ids';
import { isCnrsPageUrl } from '../sites/cnrs-sites';
import type { StepId } from '../rules/types';
import type { MessageTable, MessageType } from '../shared/runtime-messages';

/**
 * Who may send the background what. A content script runs on every CNRS host, so a page anywhere under
 * cnrs.fr can make ours send whatever its script provokes; the background therefore believes a message
 * only when its sender could have sent it truthfully: a page reports only a page of a site that may be on
 * its host, ticks only a step that a page of its own host ticks, and clearing comes from the extension's
 * own pages alone. Anything else is dropped unanswered.
 */

/** What the browser says about a message's sender (`runtime.MessageSender`), as far as these checks use it. */
export interface Sender {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: { readonly id?: number };
}

/** The host of the page a content script runs in, when it is an https page of a CNRS host. */
export function pageHostOf(sender: Sender): string | null {
  return sender.tab?.id !== undefined && isCnrsPageUrl(sender.url) ? new URL(sender.url!).hostname : null;
}

const isExtensionPage = (sender: Sender, extensionOrigin: string): boolean => sender.url?.startsWith(extensionOrigin) === true;

const PAGES = SITES.flatMap((site) => site.pages.map((page) => ({ site, page })));

/** Whether a page of this id may be on this host: one of its site's hosts, any CNRS host for a site without. */
export function mayBeOnHost(pageId: PageId, host: string): boolean {
  return PAGES.some(({ site, page }) => page.id === pageId && siteApplies(site, host));
}

/**
 * Whether a page of this host may tick this step: one of the pages that tick it (the rules' `marksStep`)
 * is on this very host. Only sites with named hosts tick steps, so a look-alike elsewhere ticks none.
 */
export function mayTickFrom(step: StepId, host: string): boolean {
  return PAGES.some(({ site, page }) => page.marksStep?.step === step && site.hosts?.includes(host) === true);
}

const MAX_HOST_LENGTH = 253;

const mostHintsOn = (pageId: PageId): number => PAGES.find(({ page }) => page.id === pageId)?.page.hints.length ?? 0;
const isPageId = (value: unknown): value is PageId => PAGES.some(({ page }) => page.id === value);
const isStepId = (value: unknown): value is StepId => PAGES.some(({ page }) => page.marksStep?.step === value);

/**
 * A message's data when it has the shape its type declares and comes from a sender that may send it;
 * `extensionOrigin` is the extension's own base URL (`runtime.getURL('')`).
 */
type Acceptor<K extends MessageType> = (data: unknown, sender: Sender, extensionOrigin: string) => MessageTable[K]['request'] | undefined;

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export const ACCEPT: { [K in MessageType]: Acceptor<K> } = {
  pageChanged: (data, sender) => {
    const host = pageHostOf(sender);
    const fields = record(data);
    if (!host || !fields) return undefined;
    const { pageId, hintCount } = fields;
    if (typeof hintCount !== 'number' || !Number.isInteger(hintCount) || hintCount < 0) return undefined;
    if (pageId === null) return hintCount === 0 ? { pageId, hintCount } : undefined;
    // A page shows at most the hints its rule has.
    return isPageId(pageId) && mayBeOnHost(pageId, host) && hintCount <= mostHintsOn(pageId) ? { pageId, hintCount } : undefined;
  },
  stepSucceeded: (data, sender) => {
    const host = pageHostOf(sender);
    const step = record(data)?.step;
    return host && isStepId(step) && mayTickFrom(step, host) ? { step } : undefined;
  },
  clearCnrsSiteData: (data, sender, extensionOrigin) => {
    const currentHost = record(data)?.currentHost;
    if (!isExtensionPage(sender, extensionOrigin)) return undefined;
    if (currentHost === null) return { currentHost };
    return typeof currentHost === 'string' && currentHost.length <= MAX_HOST_LENGTH ? { currentHost } : undefined;
  },
  // Answered by content scripts, never by the background.
  pageOutline: () => undefined,
};
