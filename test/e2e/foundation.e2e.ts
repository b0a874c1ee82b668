import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageId } from '../../src/rules/page-ids';
import { FIXTURES } from '../fixtures/pages';
import { browserUnderTest, launchBrowser, type TestBrowser } from './harness/browsers';
import { useExtensionBrowser } from './harness/setup';
import { anchorOf, hintsOnArrival } from './expected-hints';
import { findAnchorBox } from './harness/anchors';
import { gapBetween, type TestPage } from './harness/test-page';

const BROWSER = browserUnderTest();
const SCREENSHOTS = 'test-results/screenshots';

/** The two first pages the extension knew; what they show, and where, is in expected-hints.ts. */
const FOUNDATION_PAGES: readonly PageId[] = ['idp/choice', 'janus/login'];
/** A hint is "next to" its element when the gap between the two boxes is at most this. */
const NEXT_TO_PX = 24;
/** How long a page that must get no UI is watched (after any late rendering) before concluding. */
const QUIET_MS = 1500;

const JANUS_FR = FIXTURES.find((fixture) => fixture.expect === 'janus/login' && fixture.lang === 'fr' && !fixture.rendersAfterMs)!;
const JANUS_EN = FIXTURES.find((fixture) => fixture.expect === 'janus/login' && fixture.lang === 'en')!;

const env = useExtensionBrowser();

beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

async function withPage<T>(url: string, use: (page: TestPage) => Promise<T>, on: TestBrowser = env.browser): Promise<T> {
  const page = await on.open(url);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

describe(`${BROWSER}: hints on the identity-provider choice and Janus pages`, () => {
  const recognised = FIXTURES.filter((fixture) => fixture.expect && FOUNDATION_PAGES.includes(fixture.expect));

  it.each(recognised.map((fixture) => [fixture.file, fixture] as const))('%s: every hint appears next to its element', async (file, fixture) => {
    await withPage(fixture.url, async (page) => {
      for (const hintId of hintsOnArrival(fixture)) {
        await page.scrollIntoView(anchorOf(hintId));
        const hint = await page.waitForHint(hintId);
        expect(hint.docked, `${hintId} should sit next to its element`).toBe(false);
        expect(hint.text.length).toBeGreaterThan(20);
        const anchor = await findAnchorBox(page, anchorOf(hintId));
        expect(gapBetween(hint.box, anchor), `${hintId} is ${Math.round(gapBetween(hint.box, anchor))} px from its element`).toBeLessThanOrEqual(
          NEXT_TO_PX,
        );
      }
      expect(await page.overlayPages()).toEqual([fixture.expect]);
      await page.screenshot(`${SCREENSHOTS}/${BROWSER}-${file.replace(/\W+/g, '-')}.png`);
    });
  });

  it('names the service the person is signing in to, in the browser language', async () => {
    await withPage(JANUS_FR.url, async (page) => {
      const hint = await page.waitForHint('janus-service');
      expect(hint.text).toBe('You are signing in to neo.cnrs.fr with your Janus account.');
    });
  });

  const negatives = FIXTURES.filter((fixture) => fixture.expect === null);
  it.each(negatives.map((fixture) => [fixture.file, fixture] as const))('%s gets no UI', async (_file, fixture) => {
    await withPage(fixture.url, async (page) => {
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS + (fixture.rendersAfterMs ?? 0)));
      expect(await page.overlayPages()).toEqual([]);
    });
  });
});

describe(`${BROWSER}: the Janus identifier is checked as it is typed`, () => {
  it('says what is wrong with a bare name and with the webmail identifier, and accepts an e-mail', async () => {
    await withPage(JANUS_FR.url, async (page) => {
      await page.waitForHint('janus-identifier');
      await page.typeInto('#username', 'helene.dupont');
      let hint = await page.waitForHint('janus-identifier');
      expect(hint.checkState).toBe('error');
      expect(hint.checkText).toContain('Type the full e-mail address, with the @ and the domain');

      await page.raw.keyboard.type('@ods.services');
      hint = await page
        .waitFor(
          () =>
            document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-check]')?.textContent?.includes('GAIA/webmail') || null,
          null,
          'the @ods.services verdict',
        )
        .then(() => page.waitForHint('janus-identifier'));
      expect(hint.checkState).toBe('error');
      expect(hint.checkText).toContain('This is your GAIA/webmail identifier. Janus needs the e-mail address declared in RESEDA.');

      await page.clearField('#username');
      await page.raw.keyboard.type('helene.dupont@cnrs.fr');
      await page.waitFor(
        () => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-check]')?.getAttribute('data-state') === 'ok' || null,
        null,
        'the ok verdict',
      );
    });
  });

  it('posts exactly what was typed', async () => {
    await withPage(JANUS_EN.url, async (page) => {
      await page.waitForHint('janus-identifier');
      const declaredFields = [
        ...readFileSync(new URL(`../fixtures/pages/${JANUS_EN.file}`, import.meta.url), 'utf8').matchAll(/name="([^"]+)"/g),
      ].map((m) => m[1]);
      const csrf = await page.raw.evaluate(() => document.querySelector<HTMLInputElement>('input[name="csrf_token"]')?.value ?? null, null);
      const postsBefore = env.server.posts.length;
      await page.typeInto('#username', 'Hélène.Dupont@cnrs.fr');
      await page.typeInto('#password', 'S3cret « pass » word!');
      await page.clickAt(await page.boxOf('button[name="_eventId_proceed"]'));
      await page.waitFor(() => document.getElementById('received') !== null || null, null, 'the form to be posted');
      const post = env.server.posts[postsBefore]!;
      const fields = Object.fromEntries(post.fields);
      expect(fields.j_username).toBe('Hélène.Dupont@cnrs.fr');
      expect(fields.j_password).toBe('S3cret « pass » word!');
      if (csrf !== null) expect(fields.csrf_token).toBe(csrf);
      for (const [name] of post.fields) expect(declaredFields).toContain(name);
    });
  });
});

describe(`${BROWSER}: dismissing hints`, () => {
  let fresh: TestBrowser;
  beforeAll(async () => {
    fresh = await launchBrowser(BROWSER, env.server);
  });
  afterAll(() => fresh?.close());

  it('a dismissed hint stays dismissed after a reload; Escape dismisses and gives focus back to the field', async () => {
    await withPage(
      JANUS_FR.url,
      async (page) => {
        await page.waitForHint('janus-first-login');
        await page.clickDismiss('janus-first-login');
        await page.waitFor(
          () => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint="janus-first-login"]') === null || null,
          null,
          'the hint to go',
        );

        // At rest as its marker, the card is opened first; there Escape only closes it, and its × dismisses.
        const marker = await page.revealHint('janus-identifier');
        await page.focusHint('janus-identifier');
        await page.press(marker ? 'Enter' : 'Escape');
        await page.waitFor(
          () => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint="janus-identifier"]') === null || null,
          null,
          'the hint to go',
        );
        expect(await page.focusedElement()).toBe('username');

        await page.reload();
        await page.waitForHint('janus-service');
        expect(await page.hintIds()).toEqual(['janus-service']);
      },
      fresh,
    );
  });
});

describe(`${BROWSER}: French browser`, () => {
  let french: TestBrowser;
  beforeAll(async () => {
    french = await launchBrowser(BROWSER, env.server, 'fr');
  });
  afterAll(() => french?.close());

  it('shows the hints in French', async () => {
    await withPage(
      JANUS_FR.url,
      async (page) => {
        const hint = await page.waitForHint('janus-identifier');
        expect(hint.text).toBe(
          "Identifiant : l'adresse e-mail déclarée dans RESEDA (utilisateur@domaine), et non votre identifiant webmail en @ods.services.",
        );
      },
      french,
    );
  });
});
