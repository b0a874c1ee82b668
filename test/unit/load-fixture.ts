import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Fixture } from '../fixtures/fixture-types';

const PAGES_DIR = new URL('../fixtures/pages/', import.meta.url);

export function fixtureHtml(fixture: Fixture): string {
  return readFileSync(new URL(fixture.file, PAGES_DIR), 'utf8');
}

/** Writes a replica into an emulated window, as the browser would when it loads the page. */
export function writeFixture(window: Window, fixture: Fixture): void {
  // The markup is one of our own replica files, and loading it whole (scripts included) is the point.
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(fixtureHtml(fixture));
  withUserAgentRules(window);
}

/** Browsers hide [hidden] through their own style sheet; the emulation has none, so it is given that rule. */
export function withUserAgentRules(window: Window): void {
  const rules = window.document.createElement('style');
  rules.textContent = '[hidden]:not([hidden=until-found]) { display: none; }';
  window.document.head.prepend(rules);
}

/**
 * Loads a replica into its own emulated window at its real URL, runs its scripts, and waits until a
 * late-rendered form is there, so recognition sees what a person would see.
 */
export async function loadFixture(fixture: Fixture): Promise<Window> {
  const window = new Window({
    url: fixture.url,
    // The replicas' inline scripts are our own (they render the late forms); nothing else is loaded.
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  writeFixture(window, fixture);
  await window.happyDOM.waitUntilComplete();
  if (fixture.rendersAfterMs) {
    await new Promise((resolve) => setTimeout(resolve, fixture.rendersAfterMs! + 100));
    await window.happyDOM.waitUntilComplete();
  }
  return window;
}
