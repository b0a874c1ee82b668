import browser, { type Tabs } from '../shared/browser';

/**
 * The tab the popup is about. Opened from the toolbar, it is the active tab of the popup's window.
 * Opened in a tab of its own (a pinned popup page, or the end-to-end tests), it is the tab used just
 * before that one. Neither needs the `tabs` permission: the address is visible on CNRS hosts only.
 */
export async function tabInView(): Promise<Tabs.Tab | undefined> {
  const own = await browser.tabs.getCurrent();
  if (!own) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== own.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
