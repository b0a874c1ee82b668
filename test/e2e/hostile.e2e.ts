import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageId } from '../../src/rules/page-ids';
import { FIXTURES } from '../fixtures/pages';
import { apartFromStepHints, hintsOnArrival } from './expected-hints';
import { errorsOnlyIn, type RunRecord, runScenario, type Scenario } from './harness/baseline';
import { browserUnderTest, EXTENSION_DIRS, launchBrowser, type TestBrowser } from './harness/browsers';
import { cardOf, expectPainted, expectPaintedNextToItsElement, hostHistory, recordHosts } from './harness/painted';
import { removeStoredItems, setStoredItems } from './harness/extension-api';
import { useExtensionBrowser } from './harness/setup';
import type { Box, TestPage } from './harness/test-page';

/**
 * Pages that fight back (test/fixtures/pages/hostile/): each scenario is what a person does there, run
 * once in a browser without the extension and once with it. With it, the hints must be painted where a
 * person sees them, next to their element (or docked), in one overlay; and in both runs the page must
 * post the same forms, throw the same errors and, where it is checked, look the same away from the hints.
 */
const BROWSER = browserUnderTest();

const env = useExtensionBrowser();
let bare: TestBrowser;
beforeAll(async () => {
  bare = await launchBrowser(BROWSER, env.server, 'en', { extensionDir: null });
});
afterAll(() => bare?.close());

const urlOf = (file: string): string => {
  const fixture = FIXTURES.find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`No replica ${file}`);
  return fixture.url;
};

/** Runs the scenario without the extension, then with it, and compares what the page did. */
async function sameWithAndWithoutExtension(file: string, scenario: Scenario): Promise<{ without: RunRecord; with: RunRecord }> {
  const without = await runScenario(bare, env.server, urlOf(file), false, scenario);
  const withExtension = await runScenario(env.browser, env.server, urlOf(file), true, scenario);
  expect(without.posts.length, 'the scenario posts a form').toBeGreaterThan(0);
  expect(withExtension.posts).toEqual(without.posts);
  expect(errorsOnlyIn(withExtension, without).join('\n'), 'errors only with the extension').toBe('');
  expect(errorsOnlyIn(without, withExtension).join('\n'), 'errors only without the extension').toBe('');
  expect([...withExtension.snapshots.keys()]).toEqual([...without.snapshots.keys()]);
  for (const [name, image] of without.snapshots) expect(withExtension.snapshots.get(name)?.equals(image), `${name} looks the same`).toBe(true);
  return { without, with: withExtension };
}

/** Every hint of the page's arrival is painted next to its element, in the page's one overlay. */
async function expectArrivalHints(page: TestPage, file: string, pageId: PageId): Promise<void> {
  const expected = hintsOnArrival(FIXTURES.find((fixture) => fixture.file === file)!);
  for (const hintId of expected) await expectPaintedNextToItsElement(page, hintId);
  await expectOneOverlay(page, pageId, expected);
}

async function expectOneOverlay(page: TestPage, pageId: PageId, hintIds: readonly string[]): Promise<void> {
  expect(await page.overlayPages()).toEqual([pageId]);
  expect(apartFromStepHints(await page.hintIds()).sort()).toEqual([...hintIds].sort());
}

/** The posted fields of the only form a run sent. */
function postedFields(run: RunRecord): Record<string, string> {
  expect(run.posts).toHaveLength(1);
  return Object.fromEntries(run.posts[0]!.fields);
}

/** Hints closed by an earlier scenario of this file (the dialog's) would be missing from a later arrival. */
async function forgetClosedHints(): Promise<void> {
  const popup = await env.browser.openExtensionPage('src/popup/index.html', '[data-popup-ready]');
  try {
    await removeStoredItems(popup, ['dismissedHints']);
  } finally {
    await popup.close();
  }
}

/**
 * The tab's errors but the test server's 404s: a replica has no icon, and the browser logs the 404 of the
 * /favicon.ico it asks for on each new host. What the extension loads comes from its own files, not from
 * this server.
 */
const scriptErrors = (page: TestPage) => page.errors.filter((error) => !error.includes('the server responded with a status of 404'));

/** A strip of the page's header, far from every hint: it must look the same with the extension. */
const HEADER_STRIP: Box = { x: 8, y: 8, width: 220, height: 40 };

describe(`${BROWSER}: the detector sees errors of the extension's content script`, () => {
  let copy: string;
  let failing: TestBrowser;
  beforeAll(async () => {
    // A copy of the built extension whose content script throws, leaves a rejected promise and logs an
    // error as soon as it runs on a CNRS page: what a broken build would do.
    copy = mkdtempSync(join(tmpdir(), 'cnrs-helper-failing-'));
    cpSync(EXTENSION_DIRS[BROWSER], copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    appendFileSync(
      join(copy, manifest.content_scripts[0]!.js[0]!),
      [
        '',
        "setTimeout(() => { throw new Error('content script self-check: thrown'); });",
        "Promise.reject(new Error('content script self-check: rejected'));",
        "console.error('content script self-check: logged');",
      ].join('\n'),
    );
    failing = await launchBrowser(BROWSER, env.server, 'en', { extensionDir: copy });
  });
  afterAll(async () => {
    await failing?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('finds them, and only them, among the errors of a page that throws its own', async () => {
    const file = 'hostile/gaia-password-throws.html';
    const scenario: Scenario = async ({ page, withExtension }) => {
      if (withExtension) await expectPainted(page, cardOf('gaia-password-checker'));
      else await page.boxOf('#pw-new');
    };
    const without = await runScenario(bare, env.server, urlOf(file), false, scenario);
    const broken = await runScenario(failing, env.server, urlOf(file), true, scenario);
    expect(without.errors.some((error) => error.includes('page script: failed while loading'))).toBe(true);
    const added = errorsOnlyIn(broken, without);
    expect(added).toHaveLength(3);
    for (const kind of ['thrown', 'rejected', 'logged'])
      expect(
        added.some((error) => error.includes(`content script self-check: ${kind}`)),
        kind,
      ).toBe(true);
  });
});

describe(`${BROWSER}: page CSS that restyles everything`, () => {
  it('`* { all: unset !important }`: hints painted next to their fields; the form posts what was typed', async () => {
    const file = 'hostile/janus-unset.html';
    const { with: run } = await sameWithAndWithoutExtension(file, async ({ page, withExtension, posted }) => {
      if (withExtension) await expectArrivalHints(page, file, 'janus/login');
      await page.typeInto('#username', 'Hélène.Dupont@cnrs.fr');
      await page.typeInto('#password', 'S3cret « pass » word!');
      await page.clickAt(await page.boxOf('button[name="_eventId_proceed"]'));
      await posted();
    });
    expect(postedFields(run)).toMatchObject({ j_username: 'Hélène.Dupont@cnrs.fr', j_password: 'S3cret « pass » word!' });
  });

  it('z-index overlays, a fixed header, a transformed scrolling container: hints on top, next to their field or docked', async () => {
    const file = 'hostile/neo-profile-layers.html';
    const { with: run } = await sameWithAndWithoutExtension(file, async ({ page, withExtension, snapshot, posted }) => {
      if (withExtension) {
        await expectPainted(page, cardOf('neo-service-team'));
        // The submit button is below the container's fold: its hint waits in the dock, above the cookie banner.
        await expectPainted(page, cardOf('neo-profile-rules'), 'docked');
        await expectPainted(page, '[data-troubleshooting]');
      }
      await snapshot('header', HEADER_STRIP);
      if (withExtension) await expectArrivalHints(page, file, 'neo/profile');
      await page.typeInto('#f-nom', 'Dupont-Martin');
      await page.typeInto('#f-prenom', 'Hélène');
      await page.chooseNextOption('select[name=service_equipe]');
      // In the middle of the container, not under the cookie banner that covers the bottom of the window.
      await page.scrollIntoView({ css: 'button[name=enregistrer]' });
      await page.clickAt(await page.boxOf('button[name=enregistrer]'));
      await posted();
    });
    expect(postedFields(run)).toMatchObject({ nom: 'Dupont-Martin', prenom: 'Hélène', service_equipe: 'EQ1' });
  });
});

describe(`${BROWSER}: a form inside a modal <dialog>`, () => {
  it('hints are painted above the dialogs and their buttons work; the form posts what was typed', async () => {
    const file = 'hostile/janus-dialog.html';
    const legalOpen = (page: TestPage) =>
      page.raw.evaluate(() => (document.getElementById('legal-dialog') as HTMLDialogElement | null)?.open ?? false, null);
    const { with: run } = await sameWithAndWithoutExtension(file, async ({ page, withExtension, snapshot, posted }) => {
      if (withExtension) await expectArrivalHints(page, file, 'janus/login');
      else await page.boxOf('#username');
      // The page behind the dialog is darkened by the page's own backdrop, and by nothing of ours.
      await snapshot('header', HEADER_STRIP);
      if (withExtension) {
        // Everything outside the modal dialog is inert: the dismiss button must still take a real click.
        await page.clickDismiss('janus-identifier');
        await page.waitForNoOverlay(cardOf('janus-identifier'), 'the dismissed hint to go');
      }
      // A second modal dialog, opened above the first: the hints left are painted above it and work, and
      // using them is not taken for a click outside the dialog, nor for an Escape meant for it.
      await page.clickAt(await page.boxOf('#legal-link'));
      await page.waitFor(() => (document.getElementById('legal-dialog') as HTMLDialogElement | null)?.open || null, null, 'the legal notice');
      if (withExtension) {
        await expectPainted(page, cardOf('janus-service'));
        await expectPainted(page, cardOf('janus-first-login'));
        await page.clickDismiss('janus-first-login');
        await page.waitForNoOverlay(cardOf('janus-first-login'), 'the dismissed hint to go');
        expect(await legalOpen(page)).toBe(true);
        await page.focusHint('janus-service');
        await page.press('Escape');
        await page.waitForNoOverlay(cardOf('janus-service'), 'the hint closed with Escape to go');
        expect(await legalOpen(page)).toBe(true);
      }
      // The page takes the second dialog out of the document: the overlay is back above the first one,
      // and its troubleshooting button still opens its panel.
      await page.clickAt(await page.boxOf('#legal-dialog button'));
      await page.waitFor(() => (document.getElementById('legal-dialog') ? null : true), null, 'the legal notice to go');
      if (withExtension) {
        await page.clickAt((await expectPainted(page, '[data-troubleshooting]')).box);
        await expectPainted(page, '[data-troubleshooting-panel]');
      }
      await page.typeInto('#username', 'helene.dupont@cnrs.fr');
      await page.typeInto('#password', 'Tournesol-Jaune-42!');
      await page.clickAt(await page.boxOf('button[name="_eventId_proceed"]'));
      await posted();
    });
    expect(postedFields(run)).toMatchObject({ j_username: 'helene.dupont@cnrs.fr', j_password: 'Tournesol-Jaune-42!' });
  });
});

describe(`${BROWSER}: a form re-rendered after load`, () => {
  it('hints follow the new elements, the live check listens to the new field; the form posts what was typed', async () => {
    const file = 'hostile/sesame-rerender.html';
    const renders = (page: TestPage, count: number) =>
      page.waitFor((expected) => (document.documentElement.dataset.renders === String(expected) ? true : null), count, `render ${count}`);
    const { with: run } = await sameWithAndWithoutExtension(file, async ({ page, withExtension, posted }) => {
      if (withExtension) await expectArrivalHints(page, file, 'sesame/request');
      const emailBefore = await page.boxOf('#email');
      await page.clickAt(await page.boxOf('input[name=status][value=U]'));
      await renders(page, 1);
      expect((await page.boxOf('#email')).y, 'the re-rendered form is further down').toBeGreaterThan(emailBefore.y + 50);
      if (withExtension) await expectArrivalHints(page, file, 'sesame/request');
      await page.typeInto('#email', 'helene.dupont@ods.services');
      if (withExtension) {
        await page.waitFor(
          () =>
            document
              .querySelector('[data-cnrs-helper]')
              ?.shadowRoot?.querySelector('[data-hint="sesame-email"] [data-check]')
              ?.getAttribute('data-state') === 'error' || null,
          null,
          'the live check of the new field',
        );
      }
      await page.clickAt(await page.boxOf('input[name=status][value=E]'));
      await renders(page, 2);
      if (withExtension) await expectArrivalHints(page, file, 'sesame/request');
      await page.clickAt(await page.boxOf('input[name=not_a_robot]'));
      await page.clickAt(await page.boxOf('button[name=send]'));
      await posted();
    });
    expect(postedFields(run)).toMatchObject({ status: 'E', email: 'helene.dupont@ods.services', not_a_robot: '1' });
  });
});

describe(`${BROWSER}: in-page navigation`, () => {
  it('GAIA as a single-page application: the overlay follows each view and leaves the unrecognised one', async () => {
    const file = 'hostile/gaia-spa.html';
    const atPath = (page: TestPage, path: string) =>
      page.waitFor((expected) => (location.pathname === expected ? true : null), path, `the address ${path}`);
    const { with: run } = await sameWithAndWithoutExtension(file, async ({ page, withExtension, posted }) => {
      if (withExtension) {
        await expectArrivalHints(page, file, 'gaia/login');
        await recordHosts(page);
      }
      await page.clickAt(await page.boxOf('a[data-route]'));
      await atPath(page, '/activation/charte');
      if (withExtension) {
        await page.waitFor(
          () => (document.querySelector('[data-cnrs-helper]')?.getAttribute('data-page') === 'gaia/charter' ? true : null),
          null,
          'the charter overlay',
        );
        await expectArrivalHints(page, 'gaia/charter.html', 'gaia/charter');
      }
      await page.raw.evaluate(() => history.back(), null);
      await atPath(page, '/');
      if (withExtension) {
        await page.waitFor(
          () => (document.querySelector('[data-cnrs-helper]')?.getAttribute('data-page') === 'gaia/login' ? true : null),
          null,
          'the login overlay',
        );
        await expectArrivalHints(page, file, 'gaia/login');
      }
      await page.typeInto('#login-identifier', 'helene.dupont-martin@ods.services');
      await page.typeInto('#login-password', 'P@ss word 1');
      await page.clickAt(await page.boxOf('button[type=submit]'));
      await posted();
      await atPath(page, '/compte');
      if (withExtension) {
        await page.waitFor(() => (document.querySelector('[data-cnrs-helper]') ? null : true), null, 'the overlay to go');
        // The account page stays without UI.
        await new Promise((resolve) => setTimeout(resolve, 800));
        expect(await page.overlayPages()).toEqual([]);
        const history = await hostHistory(page);
        expect(history.most, 'overlays at once').toBe(1);
        // Between two views there is a moment without overlay (''), never one with two.
        expect(history.pages.filter(Boolean)).toEqual(['gaia/login', 'gaia/charter', 'gaia/login']);
        expect(history.pages.at(-1)).toBe('');
      }
    });
    expect(postedFields(run)).toEqual({ username: 'helene.dupont-martin@ods.services', password: 'P@ss word 1' });
  });
});

describe(`${BROWSER}: custom elements defined first`, () => {
  it('a page that defines the names an overlay might take (closed shadow root, removed on connection) still gets its hints', async () => {
    const file = 'hostile/janus-preempt.html';
    await forgetClosedHints();
    const { with: run } = await sameWithAndWithoutExtension(file, async ({ page, withExtension, posted }) => {
      if (withExtension) await expectArrivalHints(page, file, 'janus/login');
      await page.typeInto('#username', 'helene.dupont@cnrs.fr');
      await page.typeInto('#password', 'Tournesol-Jaune-42!');
      await page.clickAt(await page.boxOf('button[type=submit]'));
      await posted();
    });
    expect(postedFields(run)).toMatchObject({ j_username: 'helene.dupont@cnrs.fr', j_password: 'Tournesol-Jaune-42!' });
  });
});

describe(`${BROWSER}: the page takes the overlay away`, () => {
  it('our host removed, or its popover hidden, by a page script: the overlay is back with its hints', async () => {
    const file = 'janus/login.html';
    await forgetClosedHints();
    const page = await env.browser.open(urlOf(file));
    try {
      await expectArrivalHints(page, file, 'janus/login');
      await page.raw.evaluate(() => document.querySelector('[data-cnrs-helper]')?.remove(), null);
      await page.waitFor(() => (document.querySelector('[data-cnrs-helper]') ? true : null), null, 'the host back in the page');
      await expectArrivalHints(page, file, 'janus/login');
      const hidden = await page.raw.evaluate(() => {
        const host = document.querySelector<HTMLElement>('[data-cnrs-helper]');
        if (!host?.hasAttribute('popover')) return false;
        host.hidePopover();
        return true;
      }, null);
      // Both browsers under test have popovers: the host is in the top layer.
      expect(hidden).toBe(true);
      await page.waitFor(
        () => (document.querySelector('[data-cnrs-helper]')?.matches(':popover-open') ? true : null),
        null,
        'the popover shown again',
      );
      await expectArrivalHints(page, file, 'janus/login');
    } finally {
      await page.close();
    }
  });
});

describe(`${BROWSER}: DOM clobbering`, () => {
  it('ids and names that shadow browser, chrome, document and its members change nothing for the extension', async () => {
    const file = 'hostile/webmail-clobber.html';
    const { with: run } = await sameWithAndWithoutExtension(file, async ({ page, withExtension, posted }) => {
      if (withExtension) await expectArrivalHints(page, file, 'webmail/login');
      await page.typeInto('#username', 'helene.dupont-martin@ods.services');
      if (withExtension) {
        await page.waitFor(
          () =>
            document
              .querySelector('[data-cnrs-helper]')
              ?.shadowRoot?.querySelector('[data-hint="webmail-identifier"] [data-check]')
              ?.getAttribute('data-state') === 'ok' || null,
          null,
          'the live check',
        );
      }
      await page.typeInto('#password', 'Tournesol-Jaune-42!');
      await page.clickAt(await page.boxOf('input[type=submit]'));
      await posted();
    });
    expect(postedFields(run)).toMatchObject({ username: 'helene.dupont-martin@ods.services', password: 'Tournesol-Jaune-42!' });
  });
});

describe(`${BROWSER}: a page script that throws`, () => {
  it('the password checker works; the page throws exactly what it throws without the extension', async () => {
    const file = 'hostile/gaia-password-throws.html';
    const password = 'Tournesol-Jaune-42!';
    const { without, with: run } = await sameWithAndWithoutExtension(file, async ({ page, withExtension, posted }) => {
      if (withExtension) await expectArrivalHints(page, file, 'gaia/password');
      await page.typeInto('#pw-new', password);
      if (withExtension) {
        await page.waitFor(
          () =>
            document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-rule="length"]')?.getAttribute('data-state') === 'pass' ||
            null,
          null,
          'the length rule to pass',
        );
      }
      await page.typeInto('#pw-confirm', password);
      await page.clickAt(await page.boxOf('button[name=next]'));
      await posted();
    });
    // The page's own errors are seen (so their absence elsewhere means something): at load, and per keystroke.
    expect(without.errors.filter((error) => error.includes('page script: input handler failed')).length).toBeGreaterThanOrEqual(2 * password.length);
    expect(postedFields(run)).toMatchObject({ password, password_confirmation: password });
  });
});

describe(`${BROWSER}: a look-alike of our page on another CNRS host`, () => {
  it("its script closes nothing and never learns the unit's people; the person's closing holds on that host only", async () => {
    const lookAlike = 'hostile/idp-lookalike.html';
    const popup = await env.browser.openExtensionPage('src/popup/index.html', '[data-popup-ready]');
    try {
      await removeStoredItems(popup, ['dismissedHints']);
      await setStoredItems(popup, {
        settings: { version: 1, value: { unitAdministrator: { name: 'Camille Martin', email: 'camille.martin@example.org' } } },
      });
    } finally {
      await popup.close();
    }
    const page = await env.browser.open(urlOf(lookAlike));
    try {
      await expectArrivalHints(page, lookAlike, 'idp/choice');
      // The page's script clicks every close button and « Page blank? », then reads the overlay.
      const read = await page.raw.evaluate(() => (window as unknown as { tryTheOverlay(): string | null }).tryTheOverlay(), null);
      expect(read, 'the overlay is there for the script to try').not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expectArrivalHints(page, lookAlike, 'idp/choice');
      expect(await page.overlayBox('[data-troubleshooting-panel]'), "the script's click opens no panel").toBeNull();
      // The person opens it: the unit's people are not named on this host, the panel says where they are.
      await page.clickAt((await expectPainted(page, '[data-troubleshooting]')).box);
      await expectPainted(page, '[data-troubleshooting-panel]');
      const panelText = await page.overlayText('[data-troubleshooting-panel]');
      expect(panelText).not.toContain('Camille');
      expect(panelText).not.toContain('camille.martin@example.org');
      expect(await page.raw.evaluate(() => (window as unknown as { tryTheOverlay(): string | null }).tryTheOverlay(), null)).not.toContain('camille');
      // The person closes a hint here.
      await page.clickDismiss('idp-choice-units');
      await page.waitForNoOverlay(cardOf('idp-choice-units'), 'the closed hint to go');
      // The genuine choice page still shows it.
      await page.goto(urlOf('idp/choice.html'));
      await expectArrivalHints(page, 'idp/choice.html', 'idp/choice');
      // A host the rules name shows the unit's people, once the person opens the panel.
      await page.goto(urlOf('janus/login.html'));
      await page.clickAt((await expectPainted(page, '[data-troubleshooting]')).box);
      await expectPainted(page, '[data-troubleshooting-panel]');
      expect(await page.overlayText('[data-troubleshooting-panel]')).toContain('camille.martin@example.org');
      expect(scriptErrors(page), 'errors of the page or the extension').toEqual([]);
    } finally {
      await page.close();
    }
    await forgetClosedHints();
  });
});

describe(`${BROWSER}: the page rebuilds its document`, () => {
  it('after document.open()/write() of the same markup, and after a new root element, the overlay is back with its hints', async () => {
    const file = 'hostile/janus-rebuilt.html';
    await forgetClosedHints();
    const page = await env.browser.open(urlOf(file));
    try {
      await expectArrivalHints(page, file, 'janus/login');
      for (const rebuild of ['rewriteTheDocument', 'replaceTheRoot'] as const) {
        await page.raw.evaluate((name) => (window as unknown as Record<string, () => void>)[name]!(), rebuild);
        await page.waitFor(() => (document.querySelector('[data-cnrs-helper]') ? true : null), null, `the overlay back after ${rebuild}`);
        await expectArrivalHints(page, file, 'janus/login');
      }
      // The rebuilt page is watched as before: a change of it is still seen.
      await page.raw.evaluate(() => document.querySelector('[data-cnrs-helper]')?.remove(), null);
      await page.waitFor(() => (document.querySelector('[data-cnrs-helper]') ? true : null), null, 'the host back in the rebuilt page');
      await expectArrivalHints(page, file, 'janus/login');
      expect(scriptErrors(page), 'errors of the page or the extension').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
