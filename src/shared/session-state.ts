import { PAGE_IDS, type PageId } from '../rules/page-ids';
import browser from './browser';
import type { ClearReport } from './runtime-messages';

/**
 * What the extension's contexts share for the current browser session only, in `storage.session`
 * (memory only, gone when the browser closes; content scripts cannot read it). The background keeps
 * nothing of its own, so what it must remember between two events goes here. No version envelopes:
 * nothing here outlives an update.
 */

/**
 * What the content script of a tab last reported. `where` is the page's origin and path (never its
 * query, which may hold a token), so that a record left behind by a page the tab has since left is
 * recognised as stale.
 */
export interface TabPage {
  readonly pageId: PageId;
  readonly hintCount: number;
  readonly where: string;
}

const tabPageKey = (tabId: number) => `tabPage:${tabId}`;

/** The part of an address that identifies a page for `TabPage.where`. */
export function pageAddress(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return `${origin}${pathname}`;
  } catch {
    return '';
  }
}

export function decodeTabPage(value: unknown): TabPage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { pageId, hintCount, where } = value as Record<string, unknown>;
  if (!PAGE_IDS.includes(pageId as PageId) || typeof hintCount !== 'number' || typeof where !== 'string') return undefined;
  return { pageId: pageId as PageId, hintCount, where };
}

export async function readTabPage(tabId: number): Promise<TabPage | undefined> {
  const key = tabPageKey(tabId);
  return decodeTabPage((await browser.storage.session.get(key))[key]);
}

/** Records the tab's page, or forgets it (null: the tab left its recognised page, or closed). */
export async function writeTabPage(tabId: number, page: TabPage | null): Promise<void> {
  const key = tabPageKey(tabId);
  await (page ? browser.storage.session.set({ [key]: page }) : browser.storage.session.remove(key));
}

/** Calls back whenever what any tab reported changes; stops on abort. */
export function watchTabPages(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && Object.keys(changes).some((key) => key.startsWith('tabPage:'))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * A clearing the person asked for, waiting for the browser's permission prompt. Firefox shows that
 * prompt under the popup, and the popup closes when the person turns to it: the background then does
 * the clearing when the permission arrives (permissions.onAdded).
 */
export interface PendingClear {
  readonly currentHost: string | null;
  readonly at: number;
}

/** A request older than this is stale: a permission granted later (say, in about:addons) clears nothing. */
export const PENDING_CLEAR_MAX_AGE_MS = 5 * 60_000;

const PENDING_CLEAR = 'pendingClear';
const LAST_CLEAR = 'lastClear';

export async function writePendingClear(pending: PendingClear): Promise<void> {
  await browser.storage.session.set({ [PENDING_CLEAR]: pending });
}

export async function forgetPendingClear(): Promise<void> {
  await browser.storage.session.remove(PENDING_CLEAR);
}

/** Reads and removes the pending request, if it is recent and well-formed. */
export async function takePendingClear(now: number): Promise<PendingClear | undefined> {
  const value = (await browser.storage.session.get(PENDING_CLEAR))[PENDING_CLEAR] as Partial<PendingClear> | undefined;
  await forgetPendingClear();
  if (typeof value?.at !== 'number' || now - value.at > PENDING_CLEAR_MAX_AGE_MS) return undefined;
  return { currentHost: typeof value.currentHost === 'string' ? value.currentHost : null, at: value.at };
}

/** What the last clearing did, for a popup opened after it (the one that asked may have closed). */
export interface LastClear {
  readonly report: ClearReport;
  readonly at: number;
}

export async function writeLastClear(last: LastClear): Promise<void> {
  await browser.storage.session.set({ [LAST_CLEAR]: last });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A stored report as the popup can show it, or undefined for anything else (a malformed one is no report). */
export function decodeLastClear(value: unknown): LastClear | undefined {
  if (!isRecord(value) || typeof value.at !== 'number' || !isRecord(value.report)) return undefined;
  const { cleared, engine, hosts, reason } = value.report;
  if (cleared === true && (engine === 'chromium' || engine === 'gecko') && Array.isArray(hosts) && hosts.every((host) => typeof host === 'string'))
    return { at: value.at, report: { cleared, engine, hosts: [...hosts] } };
  if (cleared === false && (reason === 'noPermission' || reason === 'failed')) return { at: value.at, report: { cleared, reason } };
  return undefined;
}

export async function readLastClear(): Promise<LastClear | undefined> {
  return decodeLastClear((await browser.storage.session.get(LAST_CLEAR))[LAST_CLEAR]);
}

/** Calls back with the report of a clearing done while the popup is open; stops on abort. */
export function watchLastClear(onChange: (last: LastClear) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const last = area === 'session' ? decodeLastClear(changes[LAST_CLEAR]?.newValue) : undefined;
    if (last) onChange(last);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
