import { describe, expect, it } from 'vitest';
import { PASSWORD_STRENGTH_MESSAGE_KEYS } from '../../../src/password/messages';
import {
  levelFromLog10,
  loadStrengthEstimator,
  REFINED_MAX_CODE_POINTS,
  userInputsFor,
  type StrengthEstimator,
} from '../../../src/password/strength';

const HELENE = ['Hélène Dupont-Martin', 'helene.dupont-martin@ods.services'];
// The first load decompresses ~136,000 dictionary words; give it room on a loaded 2-core machine.
const LOAD_TIMEOUT_MS = 30_000;

let estimator: StrengthEstimator;

describe('lazy loading', () => {
  it(
    'loads once and shares the estimator',
    async () => {
      const first = loadStrengthEstimator();
      const second = loadStrengthEstimator();
      expect(second).toBe(first);
      estimator = await first;
      expect(await loadStrengthEstimator()).toBe(estimator);
    },
    LOAD_TIMEOUT_MS,
  );
});

describe('levels', () => {
  it.each([
    [0, 0],
    [7.99, 0],
    [8, 1],
    [9.99, 1],
    [10, 2],
    [12, 3],
    [13.9, 3],
    [14, 4],
    [40, 4],
  ])('log10(guesses) %d → level %d', (log10, level) => {
    expect(levelFromLog10(log10)).toBe(level);
  });

  it('grades clear examples in increasing order', async () => {
    estimator ??= await loadStrengthEstimator();
    const levels = ['password', 'Soleil2024!', 'Xk7#pQ2!vL9m', 'Tr0mbone!Cactus-Velo-Orage'].map(
      (password) => estimator.estimate(password, [], REFINED_MAX_CODE_POINTS).level,
    );
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(levels[0]).toBe(0);
    expect(levels[3]).toBe(4);
  });

  it('grades a long password on its first window while typing, a lower bound of its refined grade', async () => {
    estimator ??= await loadStrengthEstimator();
    const passphrase = 'Tr0mbone!Cactus-Velo-Orage';
    const quick = estimator.estimate(passphrase, []).level;
    const refined = estimator.estimate(passphrase, [], REFINED_MAX_CODE_POINTS).level;
    expect(quick).toBeLessThan(refined);
    expect(refined).toBe(4);
    // Up to the window, both are the same estimate.
    expect(estimator.estimate('Xk7#pQ2!vL9m', []).level).toBe(estimator.estimate('Xk7#pQ2!vL9m', [], REFINED_MAX_CODE_POINTS).level);
  });

  it('gives level 0 and no tip for an empty password', async () => {
    estimator ??= await loadStrengthEstimator();
    expect(estimator.estimate('', HELENE)).toEqual({ level: 0 });
  });
});

describe('caps', () => {
  it.each([
    'Dupont!Maison2024', // zxcvbn sees the name through user inputs
    'Dup@nt!Maison2024', // only our matcher sees this one
    'Helene!Maison2024x', // accents folded
    'Soleil!Cnrs-Gaia42', // CNRS context words
  ])('caps %j at level 1 when it holds a name or a site word', async (password) => {
    estimator ??= await loadStrengthEstimator();
    const estimate = estimator.estimate(password, HELENE);
    expect(estimate.level).toBeLessThanOrEqual(1);
    expect(estimate.tipKey).toBe('pw_tip_personal');
  });

  it('does not cap the same password for someone else', async () => {
    estimator ??= await loadStrengthEstimator();
    expect(estimator.estimate('Dupont!Maison2024', []).level).toBeGreaterThanOrEqual(2);
  });

  it.each(['P@$$w0rd!P@$$w0rd', 'Password123!', 'azerty123456', 'motdepasse!'])('caps the common password %j at level 1', async (password) => {
    estimator ??= await loadStrengthEstimator();
    const estimate = estimator.estimate(password, []);
    expect(estimate.level).toBeLessThanOrEqual(1);
    expect(estimate.tipKey).toBeDefined();
  });
});

describe('tips', () => {
  const GAIA_CONTRADICTING = /symbol|digit|upper|chiffre|symbole|majuscule/i;

  it.each([
    'password',
    'aaaaaaaaaaaa!A',
    'azertyuiop!A1',
    'abcdefgh!A123',
    'Marseille1989!',
    'Soleil',
    'x',
    'Correcthorse!',
    'tnemucod!A1',
    'qwerty',
  ])('gives only our own tips for %j', async (password) => {
    estimator ??= await loadStrengthEstimator();
    const { level, tipKey } = estimator.estimate(password, HELENE);
    // Every one of these is weak, so each gets a tip, and the tip is ours.
    expect(level).toBeLessThan(3);
    expect(PASSWORD_STRENGTH_MESSAGE_KEYS).toContain(tipKey);
    expect(tipKey).not.toMatch(GAIA_CONTRADICTING);
  });

  it('suggests a longer password when nothing more specific applies', async () => {
    estimator ??= await loadStrengthEstimator();
    expect(estimator.estimate('Xk7#pQ2!', []).tipKey).toBe('pw_tip_longer');
  });

  it('names keyboard rows and repeats', async () => {
    estimator ??= await loadStrengthEstimator();
    expect(estimator.estimate('aaaaaaaaaaaa', []).tipKey).toBe('pw_tip_repeat');
    expect(estimator.estimate('azertyuiop', []).tipKey).toBe('pw_tip_keyboard');
  });
});

describe('inputs', () => {
  it('gives zxcvbn every written and folded form of the names, and the CNRS words', () => {
    const inputs = userInputsFor(['Hélène Dupont-Martin', 'jean-pierre.de-la-fontaine@ods.services']);
    for (const expected of ['hélène', 'helene', 'dupont', 'martin', 'dupont-martin', 'jean', 'pierre', 'fontaine', 'cnrs', 'gaia', 'janus']) {
      expect(inputs).toContain(expected);
    }
  });

  it('grades a 10,000-character paste on its first code points only, so its cost does not grow with it', async () => {
    estimator ??= await loadStrengthEstimator();
    const long = 'Xk7#pQ2!vL9mZ3$w'.repeat(625);
    const window = [...long].slice(0, REFINED_MAX_CODE_POINTS).join('');
    expect(estimator.estimate(long, HELENE, REFINED_MAX_CODE_POINTS)).toEqual(estimator.estimate(window, HELENE, REFINED_MAX_CODE_POINTS));
    expect(estimator.estimate(long, HELENE).level).toBe(4);
  });

  it('never throws on odd input', async () => {
    estimator ??= await loadStrengthEstimator();
    for (const password of ['\ud800', '😀'.repeat(200), 'e\u0301'.repeat(300), '\u0000\u0000', ' '.repeat(50)]) {
      expect(() => estimator.estimate(password, ['\udfff', ''])).not.toThrow();
    }
  });
});
