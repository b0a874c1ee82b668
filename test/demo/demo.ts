/**
 * The demo: serves the local replicas of the CNRS pages at their real URLs and shows the built extension
 * on them in Chromium.
 * - Without a display (or with --headless): visits one replica of every recognised page, waits for its
 *   hints, saves a screenshot of each under demo-screenshots/, and prints the list.
 * - With a display: opens a Chromium window with the extension on the first replica and a list of all
 *   replicas to click through; stops on Ctrl+C.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAGE_IDS } from '../../src/rules/page-ids';
import type { Fixture } from '../fixtures/fixture-types';
import { FIXTURES } from '../fixtures/pages';
import { launchBrowser } from '../e2e/harness/browsers';
import { startFixtureServer } from '../e2e/harness/fixture-server';
import type { TestPage } from '../e2e/harness/test-page';

const OUT_DIR = resolve('demo-screenshots');

/** What the demo types on some pages before its screenshot, to show the live checks at work. */
const TYPED: Partial<Record<string, Record<string, string>>> = {
  'gaia/password': { '#pw-new': 'Tournesol!2024', '#pw-confirm': 'Tournesol!2025' },
  'webmail/login': { '#username': 'helene.dupont@cnrs.fr' },
};
/**
 * Where the cards rest when room is short, shown at the sizes the layout test checks: a dense form at
 * 1024×768, a phone's width, and a page whose form is a dialog (independent replicas, written without
 * our rules).
 */
const LAYOUT_SHOTS = [
  { name: 'layout-dense-form-1024x768', file: 'sygefor/profile-non-agent.html', width: 1024, height: 768 },
  { name: 'layout-phone-390x844', file: 'gaia/password.html', width: 390, height: 844 },
  { name: 'layout-dialog-1280x800', file: 'independent/noa/login-modal.html', width: 1280, height: 800 },
] as const;
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const language = process.argv.includes('--fr') ? 'fr' : 'en';

/**
 * One replica per recognised page: its main one (test/fixtures/pages/<page id>.html, a French page), so
 * that with the browser in English the demo shows what a newcomer who reads little French sees.
 */
function showcase() {
  return PAGE_IDS.map((pageId) => FIXTURES.find((fixture) => fixture.file === `${pageId}.html`)).filter((fixture) => fixture !== undefined);
}

/** Waits for a hint, types what the page's live checks show best, lets the cards settle, and saves the page. */
async function shoot(page: TestPage, fixture: Fixture, file: string): Promise<void> {
  await page.waitFor(
    () => (document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint]') ? true : null),
    null,
    'a hint',
    10_000,
  );
  for (const [selector, text] of Object.entries(TYPED[fixture.expect!] ?? {})) await page.typeInto(selector, text);
  await new Promise((done) => setTimeout(done, 600));
  await page.screenshot(file);
}

const server = await startFixtureServer();
const browser = await launchBrowser('chromium', server, language, { headless });

if (headless) {
  mkdirSync(OUT_DIR, { recursive: true });
  console.log(`Headless demo (${language}): one screenshot per recognised page in ${OUT_DIR}`);
  for (const fixture of showcase()) {
    const page = await browser.open(fixture.url);
    const file = `${OUT_DIR}/${fixture.expect!.replace('/', '-')}.png`;
    try {
      await shoot(page, fixture, file);
      console.log(`  ${fixture.expect!.padEnd(20)} ${file}   (${fixture.url})`);
    } catch (error) {
      console.log(`  ${fixture.expect!.padEnd(20)} NO HINT SHOWN: ${(error as Error).message}`);
      process.exitCode = 1;
    } finally {
      await page.close();
    }
  }
  for (const shot of LAYOUT_SHOTS) {
    const fixture = FIXTURES.find((candidate) => candidate.file === shot.file)!;
    const page = await browser.open(fixture.url);
    const file = `${OUT_DIR}/${shot.name}.png`;
    try {
      await page.resize(shot.width, shot.height);
      await shoot(page, fixture, file);
      console.log(`  ${shot.name.padEnd(28)} ${file}   (${fixture.url})`);
    } finally {
      await page.close();
    }
  }
  // The popup, as a page of its own at the size of a toolbar popup.
  const popup = await browser.openExtensionPage('src/popup/index.html', '[data-popup-ready]');
  try {
    await popup.resize(400, 720);
    await popup.screenshot(`${OUT_DIR}/popup.png`);
    console.log(`  ${'popup'.padEnd(28)} ${OUT_DIR}/popup.png`);
  } finally {
    await popup.close();
  }
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with the extension. Replicas of the CNRS pages (real URLs, served locally):');
  for (const fixture of FIXTURES) console.log(`  ${(fixture.expect ?? '(no UI)').padEnd(20)} ${fixture.url}`);
  console.log('Press Ctrl+C to stop.');
  await browser.open(showcase()[0]!.url);
  await new Promise<void>((stop) => process.once('SIGINT', () => stop()));
  await browser.close();
  await server.close();
}
