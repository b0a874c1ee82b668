import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageId } from '../../src/rules/page-ids';
import type { Fixture } from '../fixtures/fixture-types';
import { FIXTURES } from '../fixtures/pages';
import { anchorOf, hintsOnArrival } from './expected-hints';
import { findAnchorBox } from './harness/anchors';
import { type AxeReport, blockingOnOurs, runAxe } from './harness/axe';
import { browserUnderTest, launchBrowser, type TestBrowser } from './harness/browsers';
import { contrastFailures, GRAPHIC_MINIMUM, measureOverlayContrast } from './harness/contrast';
import { removeStoredItems, setStoredItems } from './harness/extension-api';
import { focusLastPageControl, focusStop, letOverlayFollow, tabThroughOverlay } from './harness/keyboard';
import { useExtensionBrowser } from './harness/setup';
import type { TestPage } from './harness/test-page';
import { typeWatched, typingDisturbances } from './harness/typing-watch';

/*
 * Accessibility of everything the extension shows, on every replica, in the light and the dark scheme:
 * axe (serious and critical findings on our nodes), contrast, the keyboard path through the overlay,
 * focus kept by the field the person types in, and reduced motion. Each replica is walked once per
 * scheme and every check is made on that one visit, so that the audit stays fast.
 */

const BROWSER = browserUnderTest();
const POPUP = 'src/popup/index.html';
type Scheme = 'light' | 'dark';
const SCHEMES: readonly Scheme[] = ['light', 'dark'];

const byFile = (file: string): Fixture => {
  const fixture = FIXTURES.find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`No replica ${file}`);
  return fixture;
};
/**
 * Every recognised replica but the hostile ones: those break the page's own world on purpose (a clobbered
 * `document.addEventListener`, a disabled MutationObserver), where this suite's in-page tools run. Our UI
 * on them is the same as on the plain replicas; hostile.e2e.ts checks what those pages do to it.
 */
// The independent replicas repeat the same cards on other markup: catalogue.e2e.ts shows them there.
const RECOGNISED = FIXTURES.filter((fixture) => fixture.expect !== null && !fixture.file.startsWith('hostile/') && !fixture.independent);

/** Light, motion allowed: the browser's defaults. */
const env = useExtensionBrowser();
/** Dark, and asking for reduced motion: the other end of both preferences, in a second browser. */
let darkStill: TestBrowser;
beforeAll(async () => {
  darkStill = await launchBrowser(BROWSER, env.server, 'en', { colorScheme: 'dark', reducedMotion: true });
});
afterAll(() => darkStill?.close());

const browserFor = (scheme: Scheme): TestBrowser => (scheme === 'light' ? env.browser : darkStill);

async function onPage<T>(url: string, use: (page: TestPage) => Promise<T>, on: TestBrowser = env.browser): Promise<T> {
  const page = await on.open(url);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

async function withPopup<T>(on: TestBrowser, use: (page: TestPage) => Promise<T>): Promise<T> {
  const page = await on.openExtensionPage(POPUP, '[data-popup-ready]');
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

const inOverlay = (page: TestPage, selector: string) =>
  page.waitFor((css) => (document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(css) ? true : null), selector, selector);

async function waitForVerdict(page: TestPage, hintId: string, state: string): Promise<void> {
  await page.waitFor(
    ({ id, expected }) =>
      document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(`[data-hint="${id}"] [data-check]`)?.getAttribute('data-state') ===
        expected || null,
    { id: hintId, expected: state },
    `${hintId} to say ${state}`,
  );
}

/** Something a person types on a page; `answered`: the overlay answers each key (a live check, the password panel). */
interface Typing {
  readonly field: string;
  readonly text: string;
  readonly answered: boolean;
}

/**
 * What to do on each page so that every part of the overlay it can show is on screen: live checks with a
 * verdict (an error on some pages, ok on others, so that both colours are audited), the password panel
 * with rules passed and failed, a strength and the confirmation line, hints that wait for an action.
 */
const SHOW_EVERYTHING: Partial<Record<PageId, { readonly typing?: readonly Typing[]; readonly then?: (page: TestPage) => Promise<unknown> }>> = {
  'janus/login': {
    typing: [{ field: '#username', text: 'helene.dupont', answered: true }],
    then: (page) => waitForVerdict(page, 'janus-identifier', 'error'),
  },
  'sesame/request': {
    typing: [{ field: '#email', text: 'h.d@ods.services', answered: true }],
    then: (page) => waitForVerdict(page, 'sesame-email', 'error'),
  },
  'sesame/new-password': {
    typing: [
      { field: '#new-password', text: 'Soleil-26!', answered: false },
      { field: '#new-password-again', text: 'Soleil-26!', answered: true },
    ],
    then: (page) => waitForVerdict(page, 'sesame-password-again', 'ok'),
  },
  'neo/home': {
    // The mode remembered from an earlier visit (stored before the page opened) brings "same as last
    // time"; pointing at the other mode, with the mouse or the keyboard, brings the warning.
    then: async (page) => {
      await page.waitForHint('neo-mode-same');
      await page.hoverAt(await findAnchorBox(page, anchorOf('neo-other-user')));
      await page.waitForHint('neo-mode-switch');
      await page.raw.mouse.move(1, 1);
      await page.waitForNoOverlay('[data-hint="neo-mode-switch"]', 'the warning to go with the pointer');
      await page.raw.evaluate(
        () => [...document.querySelectorAll('a')].find((link) => link.textContent?.includes('Autre utilisateur'))?.focus(),
        null,
      );
      await page.waitForHint('neo-mode-switch');
    },
  },
  'neo/profile': { typing: [{ field: '#f-nom', text: 'Dupont', answered: false }] },
  'gaia/password': {
    typing: [
      { field: '#pw-new', text: 'Tournesol140789', answered: true },
      { field: '#pw-confirm', text: 'Tournesol', answered: true },
    ],
    then: (page) =>
      page.waitFor(
        () => {
          const panel = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-password-rules]');
          const states = [...(panel?.querySelectorAll('[data-rule]') ?? [])].map((rule) => rule.getAttribute('data-state'));
          const complete =
            panel?.querySelector('[data-confirmation="differs"]') &&
            panel.querySelector('.meter .on') &&
            states.includes('pass') &&
            states.includes('fail');
          return complete ? true : null;
        },
        null,
        'the password panel with rules passed and failed, a strength and the confirmation',
      ),
  },
  'gaia/identifier': {
    then: async (page) => {
      await page.clickAt((await page.overlayBox('[data-copy]'))!);
      await page.waitFor(
        () => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('.action-status')?.textContent || null,
        null,
        'the copy status',
      );
    },
  },
  'gaia/forgotten': {
    typing: [{ field: '#reset-identifier', text: 'h.d@cnrs.fr', answered: true }],
    then: (page) => waitForVerdict(page, 'gaia-forgotten-identifier', 'error'),
  },
  'webmail/login': {
    typing: [{ field: '#username', text: 'h.d@ods.services', answered: true }],
    then: (page) => waitForVerdict(page, 'webmail-identifier', 'ok'),
  },
  'sygefor/profile': { typing: [{ field: '#profile_phoneNumber', text: '0123456789', answered: false }] },
  'noa/login': {
    then: async (page) => {
      await page.clickAt(await findAnchorBox(page, anchorOf('noa-local-warning')));
      await page.waitForHint('noa-local-warning');
    },
  },
};

/** Stored before the page opens, for the hints that depend on an earlier visit. */
const STORED_BEFORE: Partial<Record<PageId, Record<string, unknown>>> = {
  // As the content script stores it: a versioned envelope (src/shared/storage.ts).
  'neo/home': { rememberedChoices: { version: 1, value: { 'neo.connectionMode': 'authenticated' } } },
};

/** Keys as fast as the browser takes them; on a late form, a person's pace, so that the overlay arrives mid-word. */
const KEY_DELAY_MS = 0;
const LATE_FORM_KEY_DELAY_MS = 40;

async function typeAndWatch(page: TestPage, typing: Typing, delayMs: number): Promise<string[]> {
  const record = await typeWatched(page, typing.field, typing.text, delayMs);
  const lines = typingDisturbances(record, typing.text);
  // Without a change to the overlay during the typing, there was nothing that could have taken focus.
  if (typing.answered && record.overlayChanges === 0) lines.push('the overlay did not change while the person typed');
  return lines.map((line) => `typing into ${typing.field}: ${line}`);
}

/** Waits until every card is placed and no animation of ours is still running. */
async function settle(page: TestPage): Promise<void> {
  await page.waitFor(
    () => {
      const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
      if (!root || [...root.querySelectorAll('.floating')].some((card) => !card.hasAttribute('data-placement'))) return null;
      return root.getAnimations().length === 0 || null;
    },
    null,
    'the overlay to settle',
  );
}

const prefersDark = (page: TestPage) => page.raw.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null);

/**
 * axe's results for our UI that fail the audit: any serious or critical violation on a node of ours, and
 * any serious or critical rule that axe could not decide on a node of ours, except color-contrast, which
 * axe cannot decide outside <body> and which measureOverlayContrast measures instead (harness/contrast.ts).
 */
function overlayFindings(report: AxeReport): string[] {
  const undecided = report.incomplete.filter((finding) => finding.rule !== 'color-contrast');
  return [...blockingOnOurs(report.violations), ...blockingOnOurs(undecided).map((line) => `undecided: ${line}`)];
}

/** Every animation and transition our overlay would run, read from computed styles (timing does not matter). */
function overlayMotion(page: TestPage): Promise<string[]> {
  return page.raw.evaluate(() => {
    const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    if (!root) return ['no overlay'];
    const seconds = (value: string) => value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1));
    const moving: string[] = [];
    for (const element of [root.host, ...root.querySelectorAll('*')]) {
      const style = getComputedStyle(element);
      const name = `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;
      if (style.animationName !== 'none' && seconds(style.animationDuration).some((duration) => duration > 0)) {
        moving.push(`${name} animation ${style.animationName} ${style.animationDuration}`);
      }
      if (style.transitionProperty !== 'none' && seconds(style.transitionDuration).some((duration) => duration > 0)) {
        moving.push(`${name} transition ${style.transitionProperty} ${style.transitionDuration}`);
      }
    }
    return moving;
  }, null);
}

/** Audits the overlay as it is now (axe, contrast, and motion where reduced motion is asked); one line per failure. */
async function auditOverlay(page: TestPage, scheme: Scheme, state: string): Promise<string[]> {
  await settle(page);
  const report = await runAxe(page, 'overlay');
  const contrast = await measureOverlayContrast(page);
  const failures = [...overlayFindings(report), ...contrastFailures(contrast)];
  if (report.checkedNodes === 0) failures.push('axe looked at no node of ours');
  // A hint resting as its marker shows no text until opened: its marker is what axe and the keyboard walk see.
  const closedMarkers = await page.raw.evaluate(() => {
    const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('.floating[data-rest="marker"]:not([data-open]) [data-hint]') ?? [])].map(
      (hint) => hint.dataset.hint ?? '',
    );
  }, null);
  const hints = (await page.hintIds()).filter((id) => !closedMarkers.includes(id));
  for (const id of hints) if (!contrast.texts.some((text) => text.what.startsWith(`${id}:`))) failures.push(`no text of ${id} was measured`);
  // The hints' texts are on a light surface in the light scheme, and on a dark one in the dark scheme.
  for (const text of contrast.texts.filter((reading) => reading.what.includes('class="text"'))) {
    if ((scheme === 'dark') !== text.backgroundLuminance < 0.2)
      failures.push(`${text.what} is on a ${text.background} surface in the ${scheme} scheme`);
  }
  if (scheme === 'dark') failures.push(...(await overlayMotion(page)).map((line) => `moves despite reduced motion: ${line}`));
  return failures.map((line) => `${state}: ${line}`);
}

/**
 * Warnings shown only while their element is pointed at or has focus ("just before a click"): moving
 * focus away to reach them hides them. Keyboard users get them by focusing that element (neo/home above).
 */
const SHOWN_WHILE_POINTED_AT = ['neo-mode-switch'];

/**
 * Tab from the page through the overlay: every hint shown and the troubleshooting button are reached,
 * each control with a visible focus ring (at least 2 px, 3:1 against a colour beside it); a hint's button is
 * described by the hint's text, so that a screen reader that reaches it reads the hint.
 */
async function keyboardWalk(page: TestPage): Promise<string[]> {
  await focusLastPageControl(page);
  await letOverlayFollow(page);
  const shown = (await page.hintIds()).filter((id) => !SHOWN_WHILE_POINTED_AT.includes(id));
  const stops = await tabThroughOverlay(page);
  const failures: string[] = [];
  for (const part of [...shown, 'troubleshooting']) if (!stops.some((stop) => stop.part === part)) failures.push(`Tab never reaches ${part}`);
  for (const stop of stops) {
    const { style, width, ratio } = stop.outline;
    if (style === 'none' || width < 2 || ratio < GRAPHIC_MINIMUM) failures.push(`${stop.part}: focus ring ${style} ${width}px at ${ratio}:1`);
  }
  for (const id of shown) {
    if (!stops.some((stop) => stop.part === id && stop.description && stop.description.length > 10))
      failures.push(`${id}: no control of it is described by its text`);
  }
  return failures.map((line) => `keyboard: ${line}`);
}

/** The troubleshooting panel from the keyboard: Enter on its button opens it with focus inside, Escape closes it and gives focus back. */
async function openTroubleshootingWithKeyboard(page: TestPage): Promise<string[]> {
  if ((await focusStop(page))?.part !== 'troubleshooting') return ['keyboard: focus is not on the troubleshooting button'];
  await page.press('Enter');
  await inOverlay(page, '[data-troubleshooting-panel]');
  return (await focusStop(page))?.part === 'troubleshooting' ? [] : ['keyboard: opening the troubleshooting panel left focus outside it'];
}

async function closeTroubleshootingWithEscape(page: TestPage): Promise<string[]> {
  await page.press('Escape');
  await page.waitForNoOverlay('[data-troubleshooting-panel]', 'the panel to close');
  const back = await page.raw.evaluate(
    () => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.activeElement?.hasAttribute('data-troubleshooting') ?? false,
    null,
  );
  return back ? [] : ['keyboard: Escape closed the troubleshooting panel but focus did not go back to its button'];
}

/**
 * The troubleshooting panel says the same on every page of a site (its steps for this browser, the
 * site's contacts): it is opened on the first replica of each site.
 */
const siteOf = (fixture: Fixture) => fixture.file.split('/')[0];
const PANEL_REPLICAS = new Set(
  RECOGNISED.filter((fixture, index) => RECOGNISED.findIndex((other) => siteOf(other) === siteOf(fixture)) === index).map((fixture) => fixture.file),
);

/** One visit of a replica in one scheme; returns everything that fails, one line each. */
async function walkReplica(fixture: Fixture, scheme: Scheme): Promise<string[]> {
  const on = browserFor(scheme);
  const pageId = fixture.expect!;
  const stored = STORED_BEFORE[pageId];
  if (stored) await withPopup(on, (popup) => setStoredItems(popup, stored));
  try {
    return await onPage(
      fixture.url,
      async (page) => {
        if ((await prefersDark(page)) !== (scheme === 'dark')) return [`the page does not see the ${scheme} scheme`];
        const failures: string[] = [];
        const typings = [...(SHOW_EVERYTHING[pageId]?.typing ?? [])];
        // On a late form, the person starts typing as soon as the field is there, while the overlay comes
        // (once: focus does not depend on the colour scheme).
        if (fixture.rendersAfterMs && scheme === 'light' && typings.length > 0) {
          failures.push(...(await typeAndWatch(page, typings.shift()!, LATE_FORM_KEY_DELAY_MS)));
        }
        for (const id of hintsOnArrival(fixture)) await page.waitForHint(id);
        for (const typing of typings) failures.push(...(await typeAndWatch(page, typing, KEY_DELAY_MS)));
        await SHOW_EVERYTHING[pageId]?.then?.(page);
        failures.push(...(await auditOverlay(page, scheme, 'hints shown')));
        failures.push(...(await keyboardWalk(page)));
        if (PANEL_REPLICAS.has(fixture.file)) {
          failures.push(...(await openTroubleshootingWithKeyboard(page)));
          failures.push(...(await auditOverlay(page, scheme, 'troubleshooting open')));
          failures.push(...(await closeTroubleshootingWithEscape(page)));
        }
        return failures.map((line) => `${fixture.file} ${scheme}: ${line}`);
      },
      on,
    );
  } finally {
    if (stored) await withPopup(on, (popup) => removeStoredItems(popup, Object.keys(stored)));
  }
}

describe(`${BROWSER}: every replica, light and dark: axe, contrast, keyboard, focus, motion`, () => {
  it.each(RECOGNISED.map((fixture) => [fixture.file, fixture] as const))('%s', async (_file, fixture) => {
    const failures = (await Promise.all(SCHEMES.map((scheme) => walkReplica(fixture, scheme)))).flat();
    // Joined, so that a report (CI's JSON included) quotes every failure in full rather than "[ …(2) ]".
    expect(failures.join('\n')).toBe('');
  });
});

describe(`${BROWSER}: the checks can fail`, () => {
  it('the audit catches a nameless button and a pale text in our UI, and tells the page’s own problems from ours', async () => {
    await onPage(byFile('janus/login.html').url, async (page) => {
      await page.waitForHint('janus-identifier');
      expect(await auditOverlay(page, 'light', 'clean')).toEqual([]);
      await page.raw.evaluate(() => {
        const card = document.querySelector('[data-cnrs-helper]')!.shadowRoot!.querySelector('[data-hint="janus-identifier"]')!;
        // What a careless change to the UI could add: an icon button with no name, a pale line of text.
        const nameless = document.createElement('button');
        nameless.className = 'planted';
        card.append(nameless);
        const pale = document.createElement('p');
        pale.className = 'planted';
        pale.style.color = '#b0b0b0';
        pale.textContent = 'Pale text';
        card.append(pale);
        // And the same nameless button in the page itself, which is not ours to fix.
        const inPage = document.createElement('button');
        inPage.id = 'planted-in-page';
        document.body.append(inPage);
      }, null);
      const failures = await auditOverlay(page, 'light', 'planted');
      expect(failures.some((line) => /button-name \(critical\) on .*planted/.test(line))).toBe(true);
      expect(failures.some((line) => /text janus-identifier: <p class="planted"> "Pale text": 2\.\d+:1/.test(line))).toBe(true);
      const wholePage = await runAxe(page, 'page');
      const buttonName = wholePage.violations.find((finding) => finding.rule === 'button-name')!;
      expect(buttonName.nodes.filter((node) => node.ours).map((node) => node.target)).toEqual([expect.stringContaining('planted')]);
      expect(buttonName.nodes.filter((node) => !node.ours).map((node) => node.target)).toEqual([expect.stringContaining('planted-in-page')]);
    });
  });

  it('the motion measure sees the cards fade in when motion is allowed', async () => {
    await onPage(byFile('janus/login.html').url, async (page) => {
      await page.waitForHint('janus-identifier');
      expect((await overlayMotion(page)).some((line) => line.includes('class="card"') && line.includes('animation'))).toBe(true);
    });
  });

  it('the typing watch sees focus taken from the field, and the keys that go astray', async () => {
    await onPage(byFile('janus/login.html').url, async (page) => {
      await page.waitForHint('janus-identifier');
      // A stand-in for a careless overlay: it moves focus into itself soon after typing starts.
      await page.raw.evaluate(() => {
        document
          .querySelector('#username')!
          .addEventListener(
            'keydown',
            () =>
              setTimeout(
                () => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector<HTMLElement>('[data-troubleshooting]')?.focus(),
                100,
              ),
            { once: true },
          );
      }, null);
      const record = await typeWatched(page, '#username', 'helene.dupont@cnrs.fr', LATE_FORM_KEY_DELAY_MS);
      expect(typingDisturbances(record, 'helene.dupont@cnrs.fr')).toEqual([
        expect.stringMatching(/^the field holds "[^"]*", not the "helene.dupont@cnrs.fr" typed$/),
        'the field lost focus 1 times, to the overlay',
        'the field no longer has focus',
      ]);
    });
  });
});

describe(`${BROWSER}: Escape`, () => {
  it('dismisses the hint in focus; focus goes back to its field, or on to the next control of ours', async () => {
    try {
      await onPage(byFile('janus/login.html').url, async (page) => {
        for (const id of ['janus-service', 'janus-identifier', 'janus-first-login']) await page.waitForHint(id);
        await settle(page);
        await focusLastPageControl(page);
        await page.press('Tab');
        expect((await focusStop(page))?.part).toBe('janus-service');
        // The legend it is about cannot take focus: focus moves on to the next hint, not to the top of the page.
        await page.press('Escape');
        await page.waitForNoOverlay('[data-hint="janus-service"]', 'janus-service to go');
        expect((await focusStop(page))?.part).toBe('janus-identifier');
        if (await restsAsMarker(page, 'janus-identifier')) {
          // Resting as its marker (its card would cover the page): focus opened the card, Escape closes it
          // and keeps the hint; Enter opens it again, and its × button dismisses it.
          expect(await isOpen(page, 'janus-identifier')).toBe(true);
          await page.press('Escape');
          expect(await isOpen(page, 'janus-identifier')).toBe(false);
          expect((await focusStop(page))?.part).toBe('janus-identifier');
          await page.press('Enter');
          expect(await isOpen(page, 'janus-identifier')).toBe(true);
          // Tab goes through the card: its glossary word (RESEDA) first, then its × button.
          for (let tabs = 0; tabs < 4 && !(await dismissHasFocus(page)); tabs++) await page.press('Tab');
          expect((await focusStop(page))?.part).toBe('janus-identifier');
          expect(await dismissHasFocus(page)).toBe(true);
          await page.press('Enter');
        } else {
          // Focus on its glossary word (RESEDA) opened the word's definition: the first Escape closes that,
          // the next one the hint.
          if (await termHasFocus(page)) {
            await page.press('Escape');
            expect(await page.overlayBox('[data-hint="janus-identifier"] [data-definition]:not([hidden])')).toBeNull();
          }
          await page.press('Escape');
        }
        await page.waitForNoOverlay('[data-hint="janus-identifier"]', 'janus-identifier to go');
        expect(await page.focusedElement()).toBe('username');
        expect(await page.hintIds()).toEqual(['janus-first-login']);
      });
    } finally {
      await withPopup(env.browser, (popup) => removeStoredItems(popup, ['dismissedHints']));
    }
  });
});

/** Whether keyboard focus is on a glossary word of a hint. */
function termHasFocus(page: TestPage): Promise<boolean> {
  return page.raw.evaluate(() => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.activeElement?.hasAttribute('data-term') ?? false, null);
}

/** Whether keyboard focus is on a hint's × button. */
function dismissHasFocus(page: TestPage): Promise<boolean> {
  return page.raw.evaluate(
    () => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.activeElement?.classList.contains('dismiss') ?? false,
    null,
  );
}

function restsAsMarker(page: TestPage, hintId: string): Promise<boolean> {
  return page.raw.evaluate(
    (id) =>
      document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector<HTMLElement>(`[data-hint="${id}"]`)?.closest<HTMLElement>('.floating')
        ?.dataset.rest === 'marker',
    hintId,
  );
}

function isOpen(page: TestPage, hintId: string): Promise<boolean> {
  return page.raw.evaluate(
    (id) => !!document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(`[data-hint="${id}"]`)?.closest('.floating[data-open]'),
    hintId,
  );
}

describe(`${BROWSER}: the popup`, () => {
  it.each(SCHEMES)('%s: no serious or critical violation, every section open', async (scheme) => {
    await withPopup(browserFor(scheme), async (popup) => {
      expect(await prefersDark(popup)).toBe(scheme === 'dark');
      await popup.raw.evaluate(() => {
        for (const section of document.querySelectorAll('details')) section.open = true;
      }, null);
      const report = await runAxe(popup, 'extension-page');
      expect(report.checkedNodes).toBeGreaterThan(0);
      // Here axe can tell every colour: nothing serious may stay undecided either.
      expect([...blockingOnOurs(report.violations), ...blockingOnOurs(report.incomplete)]).toEqual([]);
    });
  });

  it('takes its title from the catalogue, in the language chosen', async () => {
    // The page names nothing itself: the title is set once the language is known.
    expect(readFileSync('src/popup/index.html', 'utf8')).toMatch(/<title><\/title>/);
    await withPopup(env.browser, async (popup) => {
      expect(await popup.raw.evaluate(() => document.title, null)).toBe('CNRS login helper');
      await setStoredItems(popup, { settings: { version: 1, value: { language: 'fr' } } });
    });
    try {
      await withPopup(env.browser, async (popup) => {
        expect(await popup.raw.evaluate(() => [document.title, document.documentElement.lang], null)).toEqual(['Assistant de connexion CNRS', 'fr']);
      });
    } finally {
      await withPopup(env.browser, (popup) => removeStoredItems(popup, ['settings']));
    }
  });
});
