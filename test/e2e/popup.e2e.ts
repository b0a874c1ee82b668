import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/pages';
import { browserUnderTest, launchBrowser, type TestBrowser } from './harness/browsers';
import { removeStoredItems } from './harness/extension-api';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server';
import type { TestPage } from './harness/test-page';

const BROWSER = browserUnderTest();
const POPUP = 'src/popup/index.html';
const STEP_IDS = ['reseda', 'janus', 'gaia', 'webmail', 'neo', 'sygefor', 'bibcnrs', 'mailClient'];
const SCREENSHOTS = 'test-results/screenshots';

const fixtureUrl = (file: string) => FIXTURES.find((fixture) => fixture.file === file)!.url;
const GAIA_DONE = fixtureUrl('gaia/done.html');
const JANUS = fixtureUrl('janus/login.html');
const CNRS_NEWS = fixtureUrl('cnrs/news.html');
/** A GAIA page no rule knows (the account page after login), showing the person's name and identifier. */
const GAIA_ACCOUNT = fixtureUrl('independent/gaia/neg-account.html');
const OTHER_SITE = 'https://other-site.example/';

let server: FixtureServer;
let browser: TestBrowser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startFixtureServer();
  browser = await launchBrowser(BROWSER, server, 'en', { grantOptionalPermissions: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the popup's page in a tab; it describes the tab used just before it. */
const openPopup = () => browser.openExtensionPage(POPUP, '[data-popup-ready]');

/** Every item of the storage schema (src/shared/storage.ts). */
const STORED_ITEMS = ['dismissedHints', 'rememberedChoices', 'settings', 'checklist', 'profile'];

/** Every test starts from a fresh install's storage: no checklist, no profile, default settings. */
beforeEach(async () => {
  const popup = await openPopup();
  await removeStoredItems(popup, STORED_ITEMS);
  await popup.close();
});

async function withPages<T>(urls: readonly string[], use: (pages: TestPage[]) => Promise<T>): Promise<T> {
  const pages: TestPage[] = [];
  try {
    for (const url of urls) pages.push(await browser.open(url));
    return await use(pages);
  } finally {
    for (const page of pages) await page.close();
  }
}

async function withPopup<T>(use: (popup: TestPage) => Promise<T>): Promise<T> {
  const popup = await openPopup();
  try {
    return await use(popup);
  } finally {
    await popup.close();
  }
}

const stepStates = (popup: TestPage) =>
  popup.raw.evaluate(
    () =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-step]')].map((step) => [step.getAttribute('data-step'), step.getAttribute('data-done')]),
      ),
    null,
  );

const waitForStep = (popup: TestPage, step: string, done: boolean) =>
  popup.waitFor(
    ([id, state]) => (document.querySelector(`[data-step="${id}"]`)?.getAttribute('data-done') === state ? true : null),
    [step, String(done)] as const,
    `step ${step} done=${done}`,
  );

const text = (popup: TestPage, selector: string) => popup.raw.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);

async function click(page: TestPage, selector: string): Promise<void> {
  await page.clickAt(await page.boxOf(selector));
}

async function openSection(popup: TestPage, section: 'troubleshooting' | 'settings'): Promise<void> {
  await click(popup, `[data-section="${section}"] > summary`);
  await popup.waitFor(
    (name) => ((document.querySelector(`[data-section="${name}"]`) as HTMLDetailsElement | null)?.open ? true : null),
    section,
    `${section} open`,
  );
}

/** What the "here and now" section says about the tab used before the popup. */
function hereAndNow(popup: TestPage, kind: string) {
  return popup.waitFor(
    (expected) => {
      const section = document.querySelector('[data-here]');
      return section?.getAttribute('data-here') === expected
        ? { page: section.getAttribute('data-page'), line: section.querySelector('[data-here-line]')?.textContent ?? '' }
        : null;
    },
    kind,
    `here and now: ${kind}`,
  );
}

const cookieOf = (page: TestPage) => page.raw.evaluate(() => document.cookie, null);

describe(`${BROWSER}: the popup`, () => {
  it('lists every step at the first opening, before the profile question is answered', async () => {
    await withPopup(async (popup) => {
      expect(await stepStates(popup)).toEqual(Object.fromEntries(STEP_IDS.map((id) => [id, 'false'])));
      expect(
        await popup.raw.evaluate(() => [...document.querySelectorAll('[data-step]')].map((step) => step.getAttribute('data-step')), null),
      ).toEqual(STEP_IDS);
      expect(await text(popup, '[data-progress]')).toContain('0 of 6 done');
      expect(await popup.raw.evaluate(() => document.querySelectorAll('[data-profile-question] input[type=radio]').length, null)).toBe(3);
      // Each step says what to do and, but for RESEDA, links to where it is done.
      const links = await popup.raw.evaluate(
        () => [...document.querySelectorAll('[data-step] .step-todo a')].map((link) => link.getAttribute('href')),
        null,
      );
      expect(links).toEqual([
        'https://sesame.cnrs.fr/',
        'https://gaia.cnrs.fr/',
        'https://webmail.cnrs.fr/',
        'https://neo.cnrs.fr/',
        'https://formation.ifsem.cnrs.fr/page/login',
        'https://bib.cnrs.fr/',
        'https://ods.cnrs.fr/',
      ]);
      // The last two are optional, marked so, and not counted in « 0 of 6 ».
      const optional = await popup.raw.evaluate(
        () => [...document.querySelectorAll('[data-step]:has([data-optional])')].map((step) => step.getAttribute('data-step')),
        null,
      );
      expect(optional).toEqual(['bibcnrs', 'mailClient']);
      expect(await text(popup, '[data-step="bibcnrs"] [data-optional]')).toBe('Optional');
    });
  });

  it('refines the steps by profile without hiding any, and remembers the answer', async () => {
    await withPopup(async (popup) => {
      await click(popup, '[data-profile-question] input[value="external"]');
      await popup.waitFor(
        () => (document.querySelector('[data-step="reseda"]')?.getAttribute('data-applies') === 'no' ? true : null),
        null,
        'the steps refined',
      );
      expect(Object.keys(await stepStates(popup))).toEqual(STEP_IDS);
      const applies = await popup.raw.evaluate(
        () => [...document.querySelectorAll('[data-step]')].map((step) => step.getAttribute('data-applies')),
        null,
      );
      expect(applies).toEqual(['no', 'maybe', 'no', 'no', 'maybe', 'no', 'no', 'no']);
      expect(await text(popup, '[data-progress]')).toContain('0 of 2 done');
    });
    await withPopup(async (popup) => {
      expect(await text(popup, '[data-profile]')).toContain('External');
      // Changed with the keyboard: the question opens on the current answer, arrows move to another.
      await click(popup, '[data-profile] button');
      await popup.waitFor(
        () => ((document.activeElement as HTMLInputElement | null)?.value === 'external' ? true : null),
        null,
        'focus on the current answer',
      );
      await popup.press('ArrowUp');
      await popup.waitFor(
        () => (document.querySelector('[data-step="reseda"]')?.getAttribute('data-applies') === 'yes' ? true : null),
        null,
        'the steps refined again',
      );
      expect(await text(popup, '[data-progress]')).toContain('0 of 6 done');
    });
    await withPopup(async (popup) => expect(await text(popup, '[data-profile]')).toContain('Not CNRS, but in a unit'));
  });

  it('ticks the GAIA step when the gaia/done page is reached, as a re-opened popup shows', async () => {
    await withPopup((popup) => click(popup, '[data-profile-question] input[value="agent"]'));
    await withPages([GAIA_DONE], async ([gaia]) => {
      await gaia!.waitForHint('gaia-done-next');
      await withPopup(async (popup) => {
        await waitForStep(popup, 'gaia', true);
        // Activating GAIA goes through Janus, which needs the RESEDA e-mail (the Sygefor and GAIA procedures).
        expect(await stepStates(popup)).toEqual({
          reseda: 'true',
          janus: 'true',
          gaia: 'true',
          webmail: 'false',
          neo: 'false',
          sygefor: 'false',
          bibcnrs: 'false',
          mailClient: 'false',
        });
        expect(await text(popup, '[data-step="gaia"] .step-auto')).toBe('Ticked by the extension.');
        expect(await text(popup, '[data-progress]')).toContain('3 of 6 done');
        if (BROWSER === 'chromium') {
          const box = await popup.boxOf('main');
          await popup.raw.evaluate(() => window.scrollTo(0, 0), null);
          await popup.screenshotOf('docs/screenshots/popup.png', { x: 0, y: 0, width: box.width, height: 600 });
        }
        await popup.screenshot(`${SCREENSHOTS}/${BROWSER}-popup.png`);
      });
    });
  });

  it('ticks and unticks a step by hand, with the mouse and with the keyboard, and keeps it', async () => {
    await withPopup(async (popup) => {
      await click(popup, '#step-neo');
      await waitForStep(popup, 'neo', true);
    });
    await withPopup(async (popup) => {
      expect((await stepStates(popup)).neo).toBe('true');
      await popup.raw.evaluate(() => document.getElementById('step-neo')?.focus(), null);
      await popup.press(' ');
      await waitForStep(popup, 'neo', false);
    });
    await withPopup(async (popup) => expect((await stepStates(popup)).neo).toBe('false'));
  });

  it('switches the language of the popup and of the hints on an open page at once', async () => {
    await withPages([JANUS], async ([janus]) => {
      expect((await janus!.waitForHint('janus-service')).text).toBe('You are signing in to neo.cnrs.fr with your Janus account.');
      await withPopup(async (popup) => {
        expect(await text(popup, 'h1')).toBe('CNRS login helper');
        await openSection(popup, 'settings');
        await popup.chooseNextOption('#settings-language');
        await popup.waitFor(
          () => (document.querySelector('h1')?.textContent === 'Assistant de connexion CNRS' ? true : null),
          null,
          'the popup in French',
        );
        expect(await popup.raw.evaluate(() => document.documentElement.lang, null)).toBe('fr');
        expect(await text(popup, '[data-progress]')).toContain('0 sur 6 faites');
        await janus!.waitFor(
          () => {
            const hint = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint="janus-service"] .text');
            return hint?.textContent === 'Vous vous connectez à neo.cnrs.fr avec votre compte Janus.' ? true : null;
          },
          null,
          'the Janus hint in French',
        );
      });
    });
  });

  it('pausing hides the hints of an open page, and resuming shows them again', async () => {
    await withPages([JANUS], async ([janus]) => {
      await janus!.waitForHint('janus-identifier');
      await withPopup(async (popup) => {
        await hereAndNow(popup, 'recognised');
        await openSection(popup, 'settings');
        await click(popup, '#settings-pause');
        await janus!.waitFor(
          () => (document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint]') ? null : true),
          null,
          'no hints while paused',
        );
        expect((await hereAndNow(popup, 'paused')).line).toContain('paused');
        await click(popup, '#settings-pause');
        await janus!.waitForHintOrMarker('janus-identifier');
        await hereAndNow(popup, 'recognised');
      });
    });
  });

  it('shows the hints the person closed again, on an open page', async () => {
    await withPages([JANUS], async ([janus]) => {
      await janus!.clickDismiss('janus-identifier');
      await janus!.waitForNoOverlay('[data-hint="janus-identifier"]', 'the closed hint gone');
      await withPopup(async (popup) => {
        await openSection(popup, 'settings');
        await click(popup, '#settings-reset-dismissed');
        await janus!.waitForHintOrMarker('janus-identifier');
      });
    });
  });

  it('says which page the tab is on and why hints are shown or not', async () => {
    await withPages([JANUS], async ([janus]) => {
      await janus!.waitForHint('janus-first-login');
      await withPopup(async (popup) => {
        const here = await hereAndNow(popup, 'recognised');
        expect(here.page).toBe('janus/login');
        expect(here.line).toBe('Recognised: Janus login page. Hints shown: 3.');
      });
    });
    await withPages([CNRS_NEWS], () =>
      withPopup(async (popup) => {
        expect((await hereAndNow(popup, 'unrecognised')).line).toContain(new URL(CNRS_NEWS).hostname);
      }),
    );
    await withPages([OTHER_SITE], () =>
      withPopup(async (popup) => {
        expect((await hereAndNow(popup, 'notCnrs')).line).toBe('This tab is not a CNRS page: the extension shows hints on CNRS sites only.');
      }),
    );
  });

  it('on a page of a known site that no rule knows, says so and shows the outline it would copy, then copies it', async () => {
    await withPages([GAIA_ACCOUNT], () =>
      withPopup(async (popup) => {
        expect((await hereAndNow(popup, 'unrecognised')).line).toBe(
          'A GAIA (mailbox activation) page that this extension does not know, on gaia.cnrs.fr: no hints here.',
        );
        await click(popup, '[data-outline-offer]');
        const outline = await popup.waitFor(() => document.querySelector('[data-outline]')?.textContent || null, null, 'the outline shown');
        expect(outline).toMatch(/^Outline of a page of gaia\.cnrs\.fr, made by the CNRS login helper \d+\.\d+\.\d+\n/);
        expect(outline).toContain('address https://gaia.cnrs.fr/account');
        expect(outline).toContain('link « Modifier mon mot de passe » → gaia.cnrs.fr/account/password');
        expect(outline).toContain('Bonjour [name].');
        expect(outline).toContain('[e-mail]');
        expect(outline).not.toMatch(/Hélène|Dupont|@ods\.services/);
        await click(popup, '[data-outline-copy]');
        await popup.waitFor(() => document.querySelector('[data-outline-status]')?.textContent || null, null, 'the copy status');
        expect(await text(popup, '[data-outline-status]')).toBe("Copied. Paste it into your message to your unit's IT.");
      }),
    );
    // A CNRS host no rule names is left alone: no outline is offered there.
    await withPages([CNRS_NEWS], () =>
      withPopup(async (popup) => {
        await hereAndNow(popup, 'unrecognised');
        expect(await text(popup, '[data-outline-offer]')).toBeNull();
      }),
    );
  });

  it("gives this browser's own cache steps, and in Chrome opens the browser's page for clearing browsing data", async () => {
    await withPopup(async (popup) => {
      await openSection(popup, 'troubleshooting');
      const steps = await text(popup, '.help-steps');
      expect(steps).toContain(BROWSER === 'firefox' ? '« Clear recent history »' : 'Ctrl+Shift+Delete');
      if (BROWSER === 'firefox') {
        // Firefox does not let an extension open its own settings pages: the steps are the way there.
        expect(await text(popup, '[data-open-clear-page]')).toBeNull();
        return;
      }
      expect(await text(popup, '[data-open-clear-page]')).toBe("Open this browser's page for clearing browsing data");
      await click(popup, '[data-open-clear-page]');
      await expect.poll(() => browser.tabAddresses(), { timeout: 5000 }).toContain('chrome://settings/clearBrowserData');
    });
  });

  it("clears the CNRS sites' cookies and storage, not another site's, and says what it cleared", async () => {
    await withPages([GAIA_DONE, OTHER_SITE], async ([gaia, other]) => {
      await gaia!.raw.evaluate(() => {
        document.cookie = 'cnrs_session=1; max-age=3600; path=/; Secure';
        localStorage.setItem('cnrs_state', '1');
      }, null);
      await other!.raw.evaluate(() => {
        document.cookie = 'other_session=1; max-age=3600; path=/; Secure';
      }, null);
      expect(await cookieOf(gaia!)).toContain('cnrs_session=1');
      await withPopup(async (popup) => {
        await openSection(popup, 'troubleshooting');
        expect(await popup.raw.evaluate(() => document.querySelector('[data-browser]')?.getAttribute('data-browser'), null)).toBe(
          BROWSER === 'firefox' ? 'firefox' : 'chrome',
        );
        await click(popup, '[data-clear-button]');
        const engine = BROWSER === 'firefox' ? 'gecko' : 'chromium';
        await popup.waitFor((kind) => (document.querySelector(`[data-clear-report="${kind}"]`) ? true : null), engine, 'the clearing report');
        const report = await text(popup, '[data-clear-report]');
        expect(report).toContain('gaia.cnrs.fr');
        expect(report).toContain(
          engine === 'chromium' ? 'every cookie of cnrs.fr and its sub-domains' : 'the cookies set for the whole cnrs.fr domain',
        );
      });
      await gaia!.reload();
      await other!.reload();
      expect(await cookieOf(gaia!)).not.toContain('cnrs_session');
      expect(await gaia!.raw.evaluate(() => localStorage.getItem('cnrs_state'), null)).toBeNull();
      expect(await cookieOf(other!)).toContain('other_session=1');
    });
  });
});
