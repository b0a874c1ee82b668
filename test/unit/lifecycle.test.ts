// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://janus.cnrs.fr/idp/profile/SAML2/Redirect/SSO?execution=e1s1"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const browser = createFakeBrowser();
vi.mock('../../src/shared/browser', () => ({ default: browser.fake }));

const { watchPage, LOOK_BURST_MS, LOOK_DELAY_MS, LOOK_SHARE, MAX_LOOK_DELAY_MS } = await import('../../src/engine/watch');
const { startSession } = await import('../../src/page/session');
const { SITES } = await import('../../src/rules');
const { recognise } = await import('../../src/engine/recognise');
const { isOverlayHost } = await import('../../src/ui/host-tag');
const { SCHEMA_VERSION } = await import('../../src/shared/storage');

const JANUS_FORM = `
  <form action="/idp/profile/SAML2/Redirect/SSO?execution=e1s1" method="post">
    <legend>Se connecter à neo.cnrs.fr</legend>
    <label for="username">Identifiant</label><input id="username" name="j_username" type="text">
    <label for="password">Mot de passe</label><input id="password" name="j_password" type="password">
    <button type="submit" name="_eventId_proceed">Connexion</button>
  </form>
  <ul><li class="list-help-item"><a href="https://sesame.cnrs.fr/">Première connexion ou mot de passe oublié</a></li></ul>`;

/** Parses test markup (a constant of this file) and appends it to the page's body. */
function appendMarkup(markup: string): void {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  document.body.append(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

/** An event as the browser gives the person's own actions: trusted (happy-dom's are not, like a page script's). */
function asThePerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hosts = () => document.querySelectorAll('[data-cnrs-helper]');
const hintIds = () => [...(hosts()[0]?.shadowRoot?.querySelectorAll('[data-hint]') ?? [])].map((hint) => hint.getAttribute('data-hint'));

beforeEach(() => {
  document.body.replaceChildren();
  browser.data.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('page watcher', () => {
  it('recognises a form rendered late, and stops observing once aborted', async () => {
    const controller = new AbortController();
    const looks: (string | undefined)[] = [];
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    watchPage({
      signal: controller.signal,
      isOwnNode: () => false,
      look: () => {
        looks.push(recognise(SITES, new URL(location.href), document)?.page.id);
        return true;
      },
    });
    expect(looks).toEqual([undefined]);

    appendMarkup(JANUS_FORM);
    // Within LOOK_DELAY_MS, or the wait LOOK_SHARE sets once the emulated DOM's slow looks have spent their budget.
    await vi.waitFor(() => expect(looks.at(-1)).toBe('janus/login'), { timeout: MAX_LOOK_DELAY_MS, interval: 10 });

    controller.abort();
    expect(disconnect).toHaveBeenCalled();
    const before = looks.length;
    document.body.replaceChildren();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await wait(LOOK_DELAY_MS * 3);
    expect(looks).toHaveLength(before);
  });
});

describe('page watcher and our own host', () => {
  it('does not look again when we move our host, and does when the page takes it out', async () => {
    const controller = new AbortController();
    let looks = 0;
    watchPage({
      signal: controller.signal,
      isOwnNode: isOverlayHost,
      look: () => {
        looks += 1;
        return true;
      },
    });
    const host = document.createElement('div');
    host.setAttribute('data-cnrs-helper', '');
    document.documentElement.append(host);
    await wait(LOOK_DELAY_MS * 3);
    const settled = looks;
    // What placing the host above a dialog and back does.
    document.body.append(host);
    document.documentElement.append(host);
    await wait(LOOK_DELAY_MS * 3);
    expect(looks).toBe(settled);
    host.remove();
    await wait(LOOK_DELAY_MS * 3);
    expect(looks).toBe(settled + 1);
    controller.abort();
  });
});

describe('page watcher on a page that keeps changing', () => {
  /** Changes the page every 10 ms, as a clock or a carousel would, until stopped. */
  function churn(): () => void {
    let tick = 0;
    const clock = document.createElement('p');
    document.body.append(clock);
    const timer = setInterval(() => (clock.textContent = String((tick += 1))), 10);
    return () => clearInterval(timer);
  }

  it('looks less and less often while nothing of interest appears, yet finds a late form within a second', async () => {
    const controller = new AbortController();
    const looks: number[] = [];
    let found: string | undefined;
    watchPage({
      signal: controller.signal,
      isOwnNode: () => false,
      // The delays alone: the emulated DOM makes each look slow enough for LOOK_SHARE to stretch them.
      share: 1,
      look: () => {
        looks.push(performance.now());
        found = recognise(SITES, new URL(location.href), document)?.page.id;
        return found !== undefined;
      },
    });
    const stop = churn();
    await wait(2_000);
    // Without backing off: one look per LOOK_DELAY_MS (about 50 in 2 s). With it: 40, 80, 160, 320, 640, 1000 ms.
    expect(looks.length).toBeLessThanOrEqual(8);
    expect(looks.length).toBeGreaterThanOrEqual(5);

    const appeared = performance.now();
    appendMarkup(JANUS_FORM);
    await vi.waitUntil(() => found === 'janus/login', { timeout: 3 * MAX_LOOK_DELAY_MS, interval: 10 });
    // At most the longest delay, and some slack for a busy machine's timers.
    expect(performance.now() - appeared).toBeLessThanOrEqual(MAX_LOOK_DELAY_MS + 500);
    // The page has hints now: its changes are looked at promptly again.
    const before = looks.length;
    await wait(LOOK_DELAY_MS * 6);
    expect(looks.length - before).toBeGreaterThanOrEqual(2);
    stop();
    controller.abort();
  });

  it('is not called back for every change while a look is already due', async () => {
    const controller = new AbortController();
    let looks = 0;
    let changesSeen = 0;
    watchPage({
      signal: controller.signal,
      // Asked of each change the page reports to the watcher: how often it is called back.
      isOwnNode: () => ((changesSeen += 1), false),
      share: 1,
      look: () => ((looks += 1), false),
    });
    const stop = churn();
    await wait(2_000);
    stop();
    controller.abort();
    // A change every 10 ms: about 200 in 2 s. Once a look is due, the next ones tell nothing more: about
    // one per look is seen (the look, 40 to 1000 ms later, reads the page as it is then).
    expect(looks).toBeGreaterThanOrEqual(5);
    expect(changesSeen).toBeLessThanOrEqual(3 * looks);
  });

  it('looks at a page that changes its address all the time as at one that keeps changing', async () => {
    const controller = new AbortController();
    let looks = 0;
    watchPage({ signal: controller.signal, isOwnNode: () => false, share: 1, look: () => ((looks += 1), false) });
    let tick = 0;
    const clock = document.createElement('p');
    document.body.append(clock);
    // As a page that writes its scroll position into the address, and shows it.
    const timer = setInterval(() => {
      history.replaceState(null, '', `?t=${(tick += 1)}`);
      clock.textContent = String(tick);
    }, 16);
    await wait(2_000);
    clearInterval(timer);
    controller.abort();
    history.replaceState(null, '', location.pathname);
    // Cut short at most once a second: 40, 80, 160, 320, 640 ms, then about a look a second. Every change of
    // address cutting the wait short would make it a look every 40 ms, about 50.
    expect(looks).toBeLessThanOrEqual(10);
  });

  it('takes at most its share of the main thread once its budget is spent: looks of 10 ms on a page that keeps changing', async () => {
    const controller = new AbortController();
    let spent = 0;
    watchPage({
      signal: controller.signal,
      isOwnNode: () => false,
      look: () => {
        const until = performance.now() + 10;
        while (performance.now() < until);
        spent += 10;
        return true; // a page with hints, looked at promptly but for its cost
      },
    });
    const stop = churn();
    const started = performance.now();
    await wait(2_500);
    stop();
    controller.abort();
    // Without the budget: a look every 40 ms (about 50, 500 ms of looks). With it: the burst, then the share.
    expect(spent).toBeGreaterThanOrEqual(LOOK_BURST_MS);
    expect(spent).toBeLessThanOrEqual(LOOK_BURST_MS + (performance.now() - started) * LOOK_SHARE + 2 * 10);
  });

  it('keeps watching when the page puts a new root element in place of the old one', async () => {
    const controller = new AbortController();
    let looks = 0;
    watchPage({ signal: controller.signal, isOwnNode: () => false, look: () => ((looks += 1), true) });
    const original = document.documentElement;
    const root = document.createElement('html');
    root.append(document.createElement('body'));
    // As replaceChild does (happy-dom's replaceChild refuses a second root even for a moment).
    original.remove();
    document.append(root);
    await wait(LOOK_DELAY_MS * 2);
    const before = looks;
    root.lastElementChild!.append(document.createElement('form'));
    await wait(LOOK_DELAY_MS * 2);
    expect(looks, 'a change of the new root is looked at').toBeGreaterThan(before);
    controller.abort();
    root.remove();
    document.append(original);
  });

  it('looks again soon after a navigation within the page, however long it waited before', async () => {
    const controller = new AbortController();
    let looks = 0;
    watchPage({ signal: controller.signal, isOwnNode: () => false, look: () => ((looks += 1), false) });
    const stop = churn();
    await wait(1_600); // the delay has grown to its longest
    const before = looks;
    history.pushState(null, '', '#next-view');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await wait(LOOK_DELAY_MS * 2);
    expect(looks).toBeGreaterThan(before);
    stop();
    controller.abort();
  });
});

describe('page session', () => {
  async function startOnJanus() {
    appendMarkup(JANUS_FORM);
    const found = recognise(SITES, new URL(location.href), document);
    expect(found?.page.id).toBe('janus/login');
    const controller = new AbortController();
    const session = await startSession(found!, controller.signal);
    return { controller, session };
  }

  it('mounts one host with the page id and its hints, and leaves nothing behind when aborted', async () => {
    const { controller } = await startOnJanus();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.getAttribute('data-page')).toBe('janus/login');
    expect(hintIds()).toEqual(['janus-service', 'janus-identifier', 'janus-first-login']);
    expect(browser.storageListeners.size).toBe(4); // dismissed hints, remembered choices, settings and the checklist

    controller.abort();
    expect(hosts()).toHaveLength(0);
    expect(browser.storageListeners.size).toBe(0);
  });

  it('quotes the service named by the page in its message', async () => {
    const { controller } = await startOnJanus();
    const service = hosts()[0]!.shadowRoot!.querySelector('[data-hint="janus-service"]');
    expect(service?.textContent).toContain('hint_janus_service(neo.cnrs.fr)');
    controller.abort();
  });

  it('quotes the page again when its text changes in place: a legend naming another service', async () => {
    const { controller, session } = await startOnJanus();
    try {
      document.querySelector('legend')!.textContent = 'Se connecter à formation.ifsem.cnrs.fr';
      session!.refresh();
      await wait(0);
      const service = hosts()[0]!.shadowRoot!.querySelector('[data-hint="janus-service"]');
      expect(service?.textContent).toContain('hint_janus_service(formation.ifsem.cnrs.fr)');
      expect(service?.textContent).not.toContain('neo.cnrs.fr');
    } finally {
      controller.abort();
    }
  });

  it("quotes GAIA's identifier again when the page shows another, and Copy gives the new one", async () => {
    appendMarkup(`<main><h1>Votre compte d'accès</h1><form>
      <p>Un identifiant de compte d'accès vous a été attribué.</p>
      <p>Votre identifiant de connexion : <strong id="assigned">helene.dupont-martin@ods.services</strong></p>
      <button type="submit">Valider</button></form></main>`);
    const gaia = SITES.find((site) => site.id === 'gaia')!;
    const controller = new AbortController();
    const session = await startSession({ site: gaia, page: gaia.pages.find((page) => page.id === 'gaia/identifier')! }, controller.signal);
    const written: string[] = [];
    vi.stubGlobal('navigator', {
      ...navigator,
      userAgent: navigator.userAgent,
      clipboard: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      const card = () => hosts()[0]!.shadowRoot!.querySelector('[data-hint="gaia-identifier-note"]')!;
      expect(card().textContent).toContain('helene.dupont-martin@ods.services');
      document.getElementById('assigned')!.textContent = 'helene.dupont-martin2@ods.services';
      session!.refresh();
      await wait(0);
      expect(card().textContent).toContain('helene.dupont-martin2@ods.services');
      card().querySelector<HTMLButtonElement>('[data-copy]')!.click();
      await vi.waitFor(() => expect(written).toEqual(['helene.dupont-martin2@ods.services']));
    } finally {
      vi.unstubAllGlobals();
      controller.abort();
    }
  });

  it('checks the identifier as it is typed, and every listener it adds to the field dies with the session', async () => {
    const added: { type: string; signal: AbortSignal | undefined }[] = [];
    const addEventListener = HTMLInputElement.prototype.addEventListener;
    vi.spyOn(HTMLInputElement.prototype, 'addEventListener').mockImplementation(function (this: HTMLInputElement, type, listener, options) {
      added.push({ type, signal: typeof options === 'object' ? options.signal : undefined });
      addEventListener.call(this, type, listener, options);
    });
    const { controller } = await startOnJanus();
    const field = document.getElementById('username') as HTMLInputElement;
    const status = () => hosts()[0]?.shadowRoot?.querySelector('[data-check]');
    field.value = 'dupont';
    field.dispatchEvent(new Event('input'));
    await wait(0);
    expect(status()?.getAttribute('data-state')).toBe('error');
    expect(status()?.textContent).toContain('check_janus_missing_at');
    field.value = 'helene.dupont@ods.services';
    field.dispatchEvent(new Event('input'));
    await wait(0);
    expect(status()?.textContent).toContain('check_janus_ods_identifier');

    expect(added.map(({ type }) => type)).toEqual(expect.arrayContaining(['input']));
    controller.abort();
    expect(added.every(({ signal }) => signal?.aborted)).toBe(true);
  });

  it('stores a dismissal, hides the hint at once, and keeps it hidden in the next session', async () => {
    const first = await startOnJanus();
    const dismiss = hosts()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[data-hint="janus-identifier"] button.dismiss');
    // A page script reaching into the open shadow root clicks in vain.
    dismiss!.click();
    await wait(0);
    expect(hintIds()).toContain('janus-identifier');
    expect(browser.data.get('dismissedHints')).toBeUndefined();
    dismiss!.dispatchEvent(asThePerson(new MouseEvent('click', { bubbles: true })));
    await vi.waitFor(() => expect(hintIds()).not.toContain('janus-identifier'));
    // Kept for this host only.
    expect(browser.data.get('dismissedHints')).toMatchObject({ value: { [location.hostname]: ['janus-identifier'] } });
    first.controller.abort();
    document.body.replaceChildren();

    const second = await startOnJanus();
    expect(hintIds()).toEqual(['janus-service', 'janus-first-login']);
    second.controller.abort();
  });

  it('keeps a hint the browser would not store as closed, and says so in its card', async () => {
    const { controller } = await startOnJanus();
    browser.fake.storage.local.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const card = () => hosts()[0]!.shadowRoot!.querySelector('[data-hint="janus-first-login"]');
    card()!
      .querySelector('button.dismiss')!
      .dispatchEvent(asThePerson(new MouseEvent('click', { bubbles: true })));
    await vi.waitFor(() => expect(card()?.querySelector('.not-saved')?.textContent).toBe('ui_dismiss_not_saved'));
    expect(hintIds()).toContain('janus-first-login');
    controller.abort();
  });

  it('dismisses a hint with Escape', async () => {
    const { controller } = await startOnJanus();
    const card = hosts()[0]!.shadowRoot!.querySelector('[data-hint="janus-first-login"]')!;
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await wait(0);
    expect(hintIds(), "a page script's Escape").toContain('janus-first-login');
    card.dispatchEvent(asThePerson(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await vi.waitFor(() => expect(hintIds()).not.toContain('janus-first-login'));
    controller.abort();
  });

  it('finds a re-rendered field again on refresh', async () => {
    const { controller, session } = await startOnJanus();
    const old = document.getElementById('username')!;
    const replacement = old.cloneNode() as HTMLInputElement;
    old.replaceWith(replacement);
    session!.refresh();
    await wait(0);
    replacement.value = 'dupont';
    replacement.dispatchEvent(new Event('input'));
    await wait(0);
    expect(hosts()[0]?.shadowRoot?.querySelector('[data-check]')?.getAttribute('data-state')).toBe('error');
    controller.abort();
  });
});

describe('what only the person changes', () => {
  it("ticks a step on the person's submission, not on a submit event a page script dispatched", async () => {
    const { watchStepSuccess } = await import('../../src/page/step-success');
    appendMarkup('<form><input id="pw" type="password"><input id="again" type="password"><button>Valider</button></form>');
    for (const id of ['pw', 'again']) (document.getElementById(id) as HTMLInputElement).value = 'Tournesol-Jaune-42!';
    const controller = new AbortController();
    const when = { submittedWith: [{ selector: '#pw' }, { selector: '#again' }], matching: true };
    watchStepSuccess({ step: 'janus', when }, controller.signal);
    browser.sent.length = 0;
    const form = document.querySelector('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(browser.sent).toEqual([]);
    form.dispatchEvent(asThePerson(new Event('submit', { bubbles: true, cancelable: true })));
    expect(browser.sent).toEqual([{ type: 'stepSucceeded', data: { step: 'janus' } }]);
    controller.abort();
  });
  it("remembers NEO's connection mode from the person's click, not from a page script's .click()", async () => {
    appendMarkup('<main><h1>Accès à NEO</h1><a href="#a" id="auth">Accès authentifié</a> <a href="#o" id="other">Autre utilisateur</a></main>');
    const neo = SITES.find((site) => site.id === 'neo')!;
    const controller = new AbortController();
    await startSession({ site: neo, page: neo.pages.find((page) => page.id === 'neo/home')! }, controller.signal);
    const other = document.getElementById('other')!;
    other.addEventListener('click', (event) => event.preventDefault());
    other.click();
    await wait(0);
    expect(browser.data.get('rememberedChoices')).toBeUndefined();
    other.dispatchEvent(asThePerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await vi.waitFor(() => expect(browser.data.get('rememberedChoices')).toMatchObject({ value: { 'neo.connectionMode': 'other' } }));
    controller.abort();
  });
  it("opens the troubleshooting panel, with the unit's people, on the person's click only", async () => {
    browser.data.set('settings', {
      version: SCHEMA_VERSION,
      value: { unitAdministrator: { name: 'Camille Martin', email: 'camille.martin@example.org' } },
    });
    appendMarkup(JANUS_FORM);
    const janus = SITES.find((site) => site.id === 'janus')!;
    const controller = new AbortController();
    await startSession({ site: janus, page: janus.pages[0]! }, controller.signal);
    const launcher = () => hosts()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[data-troubleshooting]');
    const panel = () => hosts()[0]!.shadowRoot!.querySelector('[data-troubleshooting-panel]');
    launcher()!.click();
    await wait(0);
    expect(panel(), "a page script's click").toBeNull();
    launcher()!.dispatchEvent(asThePerson(new MouseEvent('click', { bubbles: true })));
    await vi.waitFor(() => expect(panel()?.textContent).toContain('camille.martin@example.org'));
    controller.abort();
  });
});
