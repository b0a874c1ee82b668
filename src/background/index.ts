import browser from '../shared/browser';
import { onMessage } from '../shared/messages';

/**
 * The background keeps no state of its own (a service worker can be stopped at any time): the badge
 * lives on the tab, set from what that tab's content script reports.
 */
onMessage('pageChanged', async ({ hintCount }, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  await browser.action.setBadgeText({ tabId, text: hintCount > 0 ? String(hintCount) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b4a8f' });
});
