import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/pages';
import { browserUnderTest } from './harness/browsers';
import { useExtensionBrowser } from './harness/setup';
import { readStoredItem } from './harness/extension-api';
import type { TestPage } from './harness/test-page';

const BROWSER = browserUnderTest();
const NEW_PASSWORD = FIXTURES.find((fixture) => fixture.file === 'sesame/new-password.html')!.url;

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
