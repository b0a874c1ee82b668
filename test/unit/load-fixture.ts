import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Fixture } from '../fixtures/fixture-types';

const PAGES_DIR = new URL('../fixtures/pages/', import.meta.url);

export function fixtureHtml(fixture: Fixture): string {
  return readFileSync(new URL(fixture.file, PAGES_DIR), 'utf8');
}

/**
 * Loads a replica into its own emulated window at its real URL, runs its scripts, and waits until a
 * late-rendered form is there, so recognition sees what a person would see.
 */
export async function loadFixture(fixture: Fixture): Promise<Window> {
  const window = new Window({
    url: fixture.url,
    settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, navigator: { userAgent: 'unit' } },
  });
  window.document.write(fixtureHtml(fixture));
  await window.happyDOM.waitUntilComplete();
  if (fixture.rendersAfterMs) {
    await new Promise((resolve) => setTimeout(resolve, fixture.rendersAfterMs! + 100));
    await window.happyDOM.waitUntilComplete();
  }
  return window;
}
