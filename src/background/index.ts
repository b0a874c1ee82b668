import { recordSuccess } from '../checklist/state';
import browser, { type Runtime } from '../shared/browser';
import { detectBrowser } from '../shared/browser-kind';
import { engineOf, planClearing } from '../sites/clear-plan';
import { isCnrsHost } from '../sites/cnrs-sites';
import { type ClearReport, type MessageType, onMessage } from '../shared/runtime-messages';
import { ACCEPT } from './senders';
import { pageAddress, takePendingClear, writeLastClear, writeTabPage } from '../shared/session-state';
import { copyPresetsFromPolicy } from '../shared/settings';
import { readItem, writeItem } from '../shared/storage';

/*
 * The administrator's presets: copied from policy whenever the background starts and whenever the policy
 * changes, for the pages and the popup, which read the copy (src/shared/settings.ts says why).
 */
void copyPresetsFromPolicy();
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') void copyPresetsFromPolicy();
});

/**
 * The background keeps no state of its own (a service worker can be stopped at any time): the badge
 * lives on the tab, set from what that tab's content script reports; what the popup needs to know about
 * a tab goes to `storage.session`, the checklist to `storage.local`.
 */
/** What a sender may send (senders.ts); a message of another extension is never ours. */
const accept =
  <K extends MessageType>(type: K) =>
  (data: unknown, sender: Runtime.MessageSender) =>
    sender.id === browser.runtime.id ? ACCEPT[type](data, sender, browser.runtime.getURL('')) : undefined;

onMessage('pageChanged', accept('pageChanged'), async ({ pageId, hintCount }, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const url = sender.url ?? sender.tab?.url ?? '';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: hintCount > 0 ? String(hintCount) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0b4a8f' }),
    writeTabPage(tabId, pageId ? { pageId, hintCount, where: pageAddress(url) } : null),
  ]);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void writeTabPage(tabId, null);
});

onMessage('stepSucceeded', accept('stepSucceeded'), async ({ step }) => {
  const [checklist, profile] = await Promise.all([readItem('checklist'), readItem('profile')]);
  await writeItem('checklist', recordSuccess(checklist, step, profile, Date.now()));
});

/** The Chromium-only `origins` option is missing from the polyfill's (Firefox-flavoured) types. */
type RemovalOptions = Parameters<typeof browser.browsingData.remove>[0] & { origins?: readonly string[] };

/** Clears the CNRS sites' data (see clear-plan.ts) and keeps the report for the popup. */
async function clearCnrsSiteData(currentHost: string | null): Promise<ClearReport> {
  let report: ClearReport;
  if (!(await browser.permissions.contains({ permissions: ['browsingData'] }))) {
    report = { cleared: false, reason: 'noPermission' };
  } else {
    const plan = planClearing(engineOf(detectBrowser(navigator.userAgent)), currentHost && isCnrsHost(currentHost) ? currentHost : null);
    try {
      await browser.browsingData.remove(plan.removalOptions as RemovalOptions, plan.dataTypes);
      report = { cleared: true, engine: plan.engine, hosts: plan.hosts };
    } catch {
      report = { cleared: false, reason: 'failed' };
    }
  }
  await writeLastClear({ report, at: Date.now() });
  return report;
}

onMessage('clearCnrsSiteData', accept('clearCnrsSiteData'), async ({ currentHost }) => {
  // The popup got its answer: the request it left for the background is done with.
  await takePendingClear(Date.now());
  return clearCnrsSiteData(currentHost);
});

/**
 * The popup that asked may be gone by the time the person answers the browser's prompt (Firefox shows
 * it under the popup): the clearing the person asked for then happens here. When the popup is still
 * there, it asks too, and the data may be cleared twice, which is harmless.
 */
browser.permissions.onAdded.addListener(({ permissions }) => {
  if (!permissions?.includes('browsingData')) return;
  void takePendingClear(Date.now()).then((pending) => (pending ? clearCnrsSiteData(pending.currentHost) : undefined));
});
