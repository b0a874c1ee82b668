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
import { FIXTURES } from '../fixtures/pages';
import { launchBrowser } from '../e2e/harness/browsers';
import { startFixtureServer } from '../e2e/harness/fixture-server';

const OUT_DIR = resolve('demo-screenshots');

/** What the demo types on some pages before its screenshot, to show the live checks at work. */
const TYPED: Partial<Record<string, Record<string, string>>> = {
  'gaia/password': { '#pw-new': 'Tournesol!2024', '#pw-confirm': 'Tournesol!2025' },
  'webmail/login': { '#username': 'helene.dupont@cnrs.fr' },
};
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const language = process.argv.includes('--fr') ? 'fr' : 'en';

/**
 * One replica per recognised page: its main one (test/fixtures/pages/<page id>.html, a French page), so
 * that with the browser in English the demo shows what a newcomer who reads little French sees.
 */
function showcase() {
  return PAGE_IDS.map((pageId) => FIXTURES.find((fixture) => fixture.file === `${pageId}.html`)).filter((fixture) => fixture !== undefined);
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
      await page.waitFor(() => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint]') ? true : null, null, 'a hint', 10_000);
      for (const [selector, text] of Object.entries(TYPED[fixture.expect!] ?? {})) await page.typeInto(selector, text);
      await new Promise((done) => setTimeout(done, 600));
      await page.screenshot(file);
      console.log(`  ${fixture.expect!.padEnd(20)} ${file}   (${fixture.url})`);
    } catch (error) {
      console.log(`  ${fixture.expect!.padEnd(20)} NO HINT SHOWN: ${(error as Error).message}`);
      process.exitCode = 1;
    } finally {
      await page.close();
    }
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
