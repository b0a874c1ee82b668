import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../fake-browser';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

const EXTENSION_ID = 'cnrshelperid';
/** The fake browser of the unit tests, plus what the background uses: badge, tabs, session storage, permissions. */
const base = createFakeBrowser();
const listeners: Listener[] = [];
const session = new Map<string, unknown>();
const removedTabListeners: ((tabId: number) => void)[] = [];
const permissionAddedListeners: ((added: { permissions?: string[] }) => void)[] = [];
const granted = { browsingData: false };
const removals: unknown[][] = [];
const fake = {
  ...base.fake,
  runtime: {
    ...base.fake.runtime,
    id: EXTENSION_ID,
    getURL: (path: string) => `chrome-extension://${EXTENSION_ID}/${path}`,
    onMessage: { addListener: (listener: Listener) => listeners.push(listener), removeListener: vi.fn() },
  },
  action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
  tabs: { onRemoved: { addListener: (listener: (tabId: number) => void) => removedTabListeners.push(listener) } },
  storage: {
    ...base.fake.storage,
    session: {
      get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
      set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([key, value]) => session.set(key, value)),
      remove: async (key: string) => void session.delete(key),
    },
  },
  permissions: {
    onAdded: { addListener: (listener: (added: { permissions?: string[] }) => void) => permissionAddedListeners.push(listener) },
    contains: async ({ permissions }: { permissions?: string[] }) => permissions?.includes('browsingData') === true && granted.browsingData,
  },
  browsingData: { remove: vi.fn(async (...args: unknown[]) => void removals.push(args)) },
};
vi.mock('../../../src/shared/browser', () => ({ default: fake }));
await import('../../../src/background/index');
const { readItem, writeItem } = await import('../../../src/shared/storage');
const { readLastClear, readTabPage, writePendingClear } = await import('../../../src/shared/session-state');

/** Delivers a message the way the browser does: to every listener; says which answered (none: dropped). */
function answersTo(type: string, data: unknown, sender: unknown): (Promise<unknown> | undefined)[] {
  return listeners.map((listener) => listener({ type, data }, sender)).filter((answer) => answer !== undefined);
}
/** Delivers a message the background must handle, answered by exactly one handler. */
async function deliver(type: string, data: unknown, sender: unknown = FROM_POPUP): Promise<unknown> {
  const answers = answersTo(type, data, sender);
  expect(answers).toHaveLength(1);
  return answers[0];
}

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

const FROM_JANUS = {
  id: EXTENSION_ID,
  tab: { id: 7 },
  url: 'https://janus.cnrs.fr/idp/profile/SAML2/Redirect/SSO?execution=e1s1&SAMLRequest=secret',
};
const FROM_GAIA_DONE = { id: EXTENSION_ID, tab: { id: 8 }, url: 'https://gaia.cnrs.fr/done' };
const FROM_POPUP = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html` };
/** The content script of a page on a CNRS host no rule names, which a page's own script can drive. */
const FROM_LOOK_ALIKE = { id: EXTENSION_ID, tab: { id: 9 }, url: 'https://pages.cnrs.fr/lookalike' };

beforeEach(() => {
  vi.unstubAllGlobals();
  base.data.clear();
  session.clear();
  removals.length = 0;
});

describe('background: keeps nothing of its own', () => {
  it('records the page each tab reports in session storage, without the query, and badges the tab', async () => {
    await deliver('pageChanged', { pageId: 'janus/login', hintCount: 3 }, FROM_JANUS);
    expect(await readTabPage(7)).toEqual({ pageId: 'janus/login', hintCount: 3, where: 'https://janus.cnrs.fr/idp/profile/SAML2/Redirect/SSO' });
    expect(fake.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '3' });
  });
  it('forgets a tab that left its recognised page, or closed', async () => {
    await deliver('pageChanged', { pageId: 'janus/login', hintCount: 3 }, FROM_JANUS);
    await deliver('pageChanged', { pageId: null, hintCount: 0 }, FROM_JANUS);
    expect(await readTabPage(7)).toBeUndefined();
    expect(fake.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
    await deliver('pageChanged', { pageId: 'janus/login', hintCount: 1 }, FROM_JANUS);
    removedTabListeners.forEach((listener) => listener(7));
    await vi.waitFor(async () => expect(await readTabPage(7)).toBeUndefined());
  });
  it('ticks the checklist step a page reports, with what it implies for the stored profile', async () => {
    await writeItem('profile', 'external');
    await deliver('stepSucceeded', { step: 'janus' }, FROM_GAIA_DONE);
    const checklist = await readItem('checklist');
    expect(checklist.janus).toMatchObject({ done: true, by: 'page' });
    expect(checklist.reseda).toBeUndefined();
    await deliver('stepSucceeded', { step: 'gaia' }, FROM_GAIA_DONE);
    expect((await readItem('checklist')).gaia).toMatchObject({ done: true, by: 'page' });
  });
  it('clears site data only once browsingData is granted, and says what it cleared', async () => {
    granted.browsingData = false;
    expect(await deliver('clearCnrsSiteData', { currentHost: null })).toEqual({ cleared: false, reason: 'noPermission' });
    expect(removals).toHaveLength(0);
    granted.browsingData = true;
    vi.stubGlobal('navigator', { userAgent: CHROME });
    const report = (await deliver('clearCnrsSiteData', { currentHost: 'acces-si.cnrs.fr' })) as { cleared: boolean; engine: string; hosts: string[] };
    expect(report).toMatchObject({ cleared: true, engine: 'chromium' });
    expect(report.hosts).toContain('acces-si.cnrs.fr');
    expect(removals).toHaveLength(1);
    expect(removals[0]![0]).toHaveProperty('origins');
  });
  it('in Firefox, by host name, and reports it', async () => {
    granted.browsingData = true;
    vi.stubGlobal('navigator', { userAgent: FIREFOX });
    expect(await deliver('clearCnrsSiteData', { currentHost: null })).toMatchObject({ cleared: true, engine: 'gecko' });
    expect((removals[0]![0] as { hostnames: string[] }).hostnames).toContain('cnrs.fr');
  });
  it('says so when the browser refuses to clear', async () => {
    granted.browsingData = true;
    vi.stubGlobal('navigator', { userAgent: CHROME });
    fake.browsingData.remove.mockRejectedValueOnce(new Error('refused'));
    expect(await deliver('clearCnrsSiteData', { currentHost: null })).toEqual({ cleared: false, reason: 'failed' });
  });
  it('never clears a host outside cnrs.fr, whatever the popup sends', async () => {
    granted.browsingData = true;
    vi.stubGlobal('navigator', { userAgent: CHROME });
    const report = (await deliver('clearCnrsSiteData', { currentHost: 'other-site.example' })) as { hosts: string[] };
    expect(report.hosts.every((host) => host.endsWith('.cnrs.fr'))).toBe(true);
    expect(JSON.stringify(removals)).not.toContain('other-site');
  });
  it('clears when the permission arrives after the popup that asked has closed (Firefox prompts under the popup)', async () => {
    vi.stubGlobal('navigator', { userAgent: FIREFOX });
    granted.browsingData = true;
    await writePendingClear({ currentHost: 'acces-si.cnrs.fr', at: Date.now() });
    permissionAddedListeners.forEach((listener) => listener({ permissions: ['browsingData'] }));
    await vi.waitFor(() => expect(removals).toHaveLength(1));
    await vi.waitFor(async () => expect((await readLastClear())?.report).toMatchObject({ cleared: true, engine: 'gecko' }));
    // Once only: the request is used up.
    permissionAddedListeners.forEach((listener) => listener({ permissions: ['browsingData'] }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(removals).toHaveLength(1);
  });
  it('clears nothing when the permission comes without a recent request', async () => {
    granted.browsingData = true;
    vi.stubGlobal('navigator', { userAgent: CHROME });
    await writePendingClear({ currentHost: null, at: Date.now() - 6 * 60_000 });
    permissionAddedListeners.forEach((listener) => listener({ permissions: ['browsingData'] }));
    permissionAddedListeners.forEach((listener) => listener({ permissions: [] }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(removals).toHaveLength(0);
  });
});

describe('background: believes a message only from a sender that may send it', () => {
  const STEPS = ['janus', 'gaia', 'webmail', 'neo', 'sygefor'];
  it('ticks no step for a look-alike page on another CNRS host, nor for a genuine host that ticks another step', async () => {
    for (const step of STEPS) expect(answersTo('stepSucceeded', { step }, FROM_LOOK_ALIKE)).toHaveLength(0);
    expect(answersTo('stepSucceeded', { step: 'gaia' }, FROM_JANUS)).toHaveLength(0);
    expect(answersTo('stepSucceeded', { step: 'webmail' }, FROM_GAIA_DONE)).toHaveLength(0);
    expect(answersTo('stepSucceeded', { step: 'gaia' }, FROM_POPUP)).toHaveLength(0);
    expect(await readItem('checklist')).toEqual({});
    await deliver('stepSucceeded', { step: 'webmail' }, { ...FROM_LOOK_ALIKE, url: 'https://webmail.cnrs.fr/' });
    expect(Object.keys(await readItem('checklist'))).toEqual(['webmail']);
  });
  it('clears nothing asked by a content script, even once browsingData is granted', async () => {
    granted.browsingData = true;
    vi.stubGlobal('navigator', { userAgent: CHROME });
    expect(answersTo('clearCnrsSiteData', { currentHost: 'janus.cnrs.fr' }, FROM_JANUS)).toHaveLength(0);
    expect(answersTo('clearCnrsSiteData', { currentHost: null }, FROM_LOOK_ALIKE)).toHaveLength(0);
    expect(answersTo('clearCnrsSiteData', { currentHost: 42 }, FROM_POPUP)).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(removals).toHaveLength(0);
    expect(await readLastClear()).toBeUndefined();
  });
  it('records a page only of a site that may be on the sender’s host, with a count its rule can show', async () => {
    expect(answersTo('pageChanged', { pageId: 'janus/login', hintCount: 3 }, FROM_LOOK_ALIKE)).toHaveLength(0);
    expect(answersTo('pageChanged', { pageId: 'janus/login', hintCount: 100 }, FROM_JANUS)).toHaveLength(0);
    expect(answersTo('pageChanged', { pageId: 'janus/login', hintCount: '3' }, FROM_JANUS)).toHaveLength(0);
    expect(answersTo('pageChanged', { pageId: 'janus/nowhere', hintCount: 1 }, FROM_JANUS)).toHaveLength(0);
    expect(answersTo('pageChanged', { pageId: null, hintCount: 5 }, FROM_JANUS)).toHaveLength(0);
    expect(answersTo('pageChanged', { pageId: 'janus/login', hintCount: 1 }, { ...FROM_JANUS, url: 'http://janus.cnrs.fr/' })).toHaveLength(0);
    expect(answersTo('pageChanged', { pageId: 'idp/choice', hintCount: 1 }, { ...FROM_JANUS, url: 'https://cnrs.example/' })).toHaveLength(0);
    expect(answersTo('pageChanged', { pageId: 'janus/login', hintCount: 1 }, FROM_POPUP)).toHaveLength(0);
    expect(await readTabPage(9)).toBeUndefined();
    expect(await readTabPage(7)).toBeUndefined();
    // The identity-provider choice has no host of its own: it may be on any CNRS host.
    await deliver('pageChanged', { pageId: 'idp/choice', hintCount: 2 }, FROM_LOOK_ALIKE);
    expect(await readTabPage(9)).toMatchObject({ pageId: 'idp/choice', hintCount: 2 });
  });
  it('drops every message of another extension', async () => {
    const other = { ...FROM_JANUS, id: 'someone-else' };
    expect(answersTo('pageChanged', { pageId: 'janus/login', hintCount: 1 }, other)).toHaveLength(0);
    expect(answersTo('stepSucceeded', { step: 'gaia' }, { ...FROM_GAIA_DONE, id: 'someone-else' })).toHaveLength(0);
    expect(answersTo('clearCnrsSiteData', { currentHost: null }, { ...FROM_POPUP, id: 'someone-else' })).toHaveLength(0);
  });
});
