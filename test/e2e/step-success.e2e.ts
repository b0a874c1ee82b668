import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/pages';
import { browserUnderTest } from './harness/browsers';
import { useExtensionBrowser } from './harness/setup';
import { readStoredItem, removeStoredItems } from './harness/extension-api';
import type { TestPage } from './harness/test-page';

const BROWSER = browserUnderTest();
const urlOf = (file: string) => FIXTURES.find((fixture) => fixture.file === file)!.url;
const NEW_PASSWORD = urlOf('sesame/new-password.html');

const env = useExtensionBrowser();

/** Whether the stored checklist says the Janus step is done (read from an extension page). */
async function janusDone(): Promise<boolean> {
  const page = await env.browser.openExtensionPage('src/popup/index.html', '[data-step]');
  try {
    const stored = (await readStoredItem(page, 'checklist')) as { value?: { janus?: { done?: boolean } } } | null;
    return stored?.value?.janus?.done === true;
  } finally {
    await page.close();
  }
}

async function sendNewPassword(first: string, second: string): Promise<void> {
  const page: TestPage = await env.browser.open(NEW_PASSWORD);
  try {
    await page.waitForHint('sesame-password-again');
    await page.typeInto('#new-password', first);
    await page.typeInto('#new-password-again', second);
    await page.clickAt(await page.boxOf('button[name=validate]'));
    await page.waitFor(() => document.getElementById('received') !== null || null, null, 'the form to be posted');
  } finally {
    await page.close();
  }
}

describe(`${BROWSER}: a page that shows a step's success ticks it`, () => {
  it("Sésame's new password ticks the Janus step only when both entries are the same", async () => {
    await sendNewPassword('Tournesol-2026!', 'Tournesol-2027!');
    // The message would have arrived by the time the next page is open; give it a moment anyway.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await janusDone()).toBe(false);

    await sendNewPassword('Tournesol-2026!', 'Tournesol-2026!');
    await expect.poll(janusDone, { timeout: 5000 }).toBe(true);
  });
});

describe(`${BROWSER}: a hint meant for after a step waits for it`, () => {
  it("GAIA's login page warns against logging in again only once GAIA's « account activated » page was seen", async () => {
    const login = await env.browser.open(urlOf('gaia/login.html'));
    try {
      await login.waitForHint('gaia-activate');
      expect(await login.hintIds()).not.toContain('gaia-login-once');
    } finally {
      await login.close();
    }

    const done = await env.browser.open(urlOf('gaia/done.html'));
    await done.waitForHint('gaia-done-next');
    await done.close();

    const again = await env.browser.open(urlOf('gaia/login.html'));
    try {
      const warning = await again.waitForHint('gaia-login-once');
      expect(warning.text).toContain('already activated');
      expect(warning.text).toContain('prenom.nom@ods.services');
      expect(warning.text).toContain('gaia.cnrs.fr/forgotten-password');
    } finally {
      await again.close();
      const popup = await env.browser.openExtensionPage('src/popup/index.html', '[data-step]');
      await removeStoredItems(popup, ['checklist']);
      await popup.close();
    }
  });
});
