import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { MAX_QUOTED_LENGTH, quotable, resolveHints, subjectName } from '../../src/engine/hints';
import { SITES } from '../../src/rules';
import type { StepId } from '../../src/rules/types';
import { FIXTURES } from '../fixtures/pages';
import { loadFixture } from './load-fixture';

const windows: Window[] = [];
afterAll(async () => {
  for (const window of windows) await window.happyDOM.close();
});

const gaiaLogin = SITES.flatMap((site) => site.pages).find((page) => page.id === 'gaia/login')!;

async function hintsOnGaiaLogin(stepsDone: readonly StepId[]): Promise<string[]> {
  const window = await loadFixture(FIXTURES.find((fixture) => fixture.file === 'gaia/login.html')!);
  windows.push(window);
  const state = { dismissed: new Set<string>(), remembered: {}, stepsDone: new Set(stepsDone) };
  return resolveHints(gaiaLogin, window.document as unknown as Document, state).map((hint) => hint.spec.id);
}

describe('hints that wait for an onboarding step', () => {
  it("leave GAIA's « do not log in again » warning out until GAIA's activation is done", async () => {
    expect(await hintsOnGaiaLogin([])).not.toContain('gaia-login-once');
    // Another step done is not the one it waits for.
    expect(await hintsOnGaiaLogin(['janus', 'webmail'])).not.toContain('gaia-login-once');
    expect(await hintsOnGaiaLogin(['gaia'])).toContain('gaia-login-once');
  });
});

describe('the name a hint quotes for its subject', () => {
  it('is the name the page shows, without the marks drawn around it', () => {
    const window = new Window();
    windows.push(window);
    const list = window.document.createElement('ul');
    for (const label of ['› First login or forgotten password', 'Votre statut : *', '« Suivant » →', 'Forgot your password?']) {
      const link = window.document.createElement('a');
      link.href = '#';
      link.textContent = label;
      list.append(link);
    }
    window.document.body.append(list);
    const root = window.document as unknown as Document;
    expect(subjectName(root, { choice: ['First login or forgotten password'] })).toBe('First login or forgotten password');
    expect(subjectName(root, { choice: ['Votre statut'] })).toBe('Votre statut');
    expect(subjectName(root, { choice: ['Suivant'] })).toBe('Suivant');
    expect(subjectName(root, { choice: ['Forgot your password'] })).toBe('Forgot your password?');
  });
});

describe('page text a hint quotes', () => {
  const janusLogin = SITES.flatMap((site) => site.pages).find((page) => page.id === 'janus/login')!;
  const nothingYet = { dismissed: new Set<string>(), remembered: {}, stepsDone: new Set<StepId>() };
  async function janusArgs(legend: string): Promise<Record<string, readonly string[]>> {
    const window = await loadFixture(FIXTURES.find((fixture) => fixture.file === 'janus/login.html')!);
    windows.push(window);
    const document = window.document as unknown as Document;
    document.querySelector('legend')!.textContent = legend;
    return Object.fromEntries(resolveHints(janusLogin, document, nothingYet).map((hint) => [hint.spec.id, hint.args]));
  }

  it('drops the bidi controls that would turn the hint’s own sentence around', async () => {
    const args = await janusArgs('Se connecter à neo.cnrs.fr\u202E');
    expect(args['janus-service']).toEqual(['neo.cnrs.fr']);
    expect(quotable('\u2067évil\u2069 \u202Dname\u202C\u200F')).toBe('évil name');
  });
  it('is cut to a name’s length, on one line', () => {
    expect(quotable(`  ${'long '.repeat(200)}\n`)).toHaveLength(MAX_QUOTED_LENGTH);
    expect(quotable('a\n\tb')).toBe('a b');
    expect(quotable('neo.cnrs.fr')).toBe('neo.cnrs.fr');
  });
});
