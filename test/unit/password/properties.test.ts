import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAIA_SPECIALS } from '../../../src/password/constants';
import { checkPassword, RULE_IDS, type PasswordReport } from '../../../src/password/rules';

/** Any UTF-16 unit, lone surrogates included: what a broken paste can put in a field. */
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
const anyCodePoints = fc.string({ unit: 'binary' });
const anyGraphemes = fc.string({ unit: 'grapheme' });
const anyText = fc.oneof(anyUtf16, anyCodePoints, anyGraphemes);
/** Characters that exercise the name matcher: letters of the names, look-alikes, separators. */
const passwordLike = fc.string({
  unit: fc.constantFrom(...'dupontDUPONTlucLUCéÉ0@!3$ -_.x'.split('')),
  maxLength: 40,
});

function stateOf(report: PasswordReport, rule: string): string | undefined {
  return report.results.find((result) => result.rule === rule)?.state;
}

describe('properties of checkPassword', () => {
  it('never throws, and always returns one result per rule in order', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 4 }), (password, names) => {
        const report = checkPassword(password, { names });
        expect(report.results.map((result) => result.rule)).toEqual([...RULE_IDS]);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on name-like passwords with name-like names', () => {
    fc.assert(
      fc.property(passwordLike, fc.array(passwordLike, { maxLength: 3 }), (password, names) => {
        checkPassword(password, { names });
      }),
      { numRuns: 400 },
    );
  });

  it('length passes exactly when the NFC form has at least 12 code points', () => {
    fc.assert(
      fc.property(anyText, (password) => {
        const expected = [...password.normalize('NFC')].length >= 12 ? 'pass' : 'fail';
        expect(stateOf(checkPassword(password, { names: [] }), 'length')).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same report for the NFC and the NFD form of a password', () => {
    fc.assert(
      fc.property(anyGraphemes, fc.array(anyGraphemes, { maxLength: 2 }), (password, names) => {
        expect(checkPassword(password.normalize('NFD'), { names })).toEqual(checkPassword(password.normalize('NFC'), { names }));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with plain regular expressions on the character rules (ASCII input)', () => {
    const special = new RegExp(`[${GAIA_SPECIALS.replace(/[\]\\^-]/g, '\\$&')}]`);
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (password) => {
        const report = checkPassword(password, { names: [] });
        expect(stateOf(report, 'special')).toBe(special.test(password) ? 'pass' : 'fail');
        expect(stateOf(report, 'upper')).toBe(/[A-Z]/.test(password) ? 'pass' : 'fail');
        expect(stateOf(report, 'lower')).toBe(/[a-z]/.test(password) ? 'pass' : 'fail');
        expect(stateOf(report, 'digits')).toBe(/[0-9]{6,}/.test(password) ? 'fail' : 'pass');
        const allowed = [...password].every((character) => /[A-Za-z0-9 ]/.test(character) || GAIA_SPECIALS.includes(character));
        const expectedCharset = !allowed ? 'fail' : /^ | $/.test(password) ? 'warn' : 'pass';
        expect(stateOf(report, 'charset')).toBe(expectedCharset);
      }),
      { numRuns: 500 },
    );
  });

  it('overall is exactly research §5\'s formula', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, passwordLike), fc.array(passwordLike, { maxLength: 2 }), (password, names) => {
        const report = checkPassword(password, { names });
        const state = (rule: string) => stateOf(report, rule);
        const expected =
          ['length', 'special', 'upper', 'lower', 'digits'].every((rule) => state(rule) === 'pass') &&
          state('charset') !== 'fail' &&
          state('name') !== 'fail';
        expect(report.overall).toBe(expected);
        expect(state('janus')).toBe('unverifiable');
      }),
      { numRuns: 400 },
    );
  });

  it('always finds a name of 4+ ASCII letters typed as it is, in any case, anywhere', () => {
    const name = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 4, maxLength: 12 });
    const filler = fc.string({ unit: 'grapheme-ascii', maxLength: 30 });
    fc.assert(
      fc.property(name, filler, filler, fc.boolean(), (letters, before, after, upper) => {
        const typed = upper ? letters.toUpperCase() : letters;
        expect(stateOf(checkPassword(`${before}${typed}${after}`, { names: [letters] }), 'name')).toBe('fail');
      }),
      { numRuns: 300 },
    );
  });

  it('judges a 4+ letter name the same way whatever the case of an ASCII password', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), (password) => {
        const names = ['Dupont', 'Martin'];
        const lower = stateOf(checkPassword(password.toLowerCase(), { names }), 'name');
        expect(stateOf(checkPassword(password.toUpperCase(), { names }), 'name')).toBe(lower);
      }),
      { numRuns: 300 },
    );
  });
});

describe('speed on 10,000-character inputs', () => {
  const NAMES = ['Hélène Dupont-Martin', 'helene.dupont-martin@ods.services', 'Luc', 'Li'];
  const BUDGET_MS = 50;

  function timeCheck(password: string, names: readonly string[] = NAMES): number {
    checkPassword(password, { names }); // warm-up: the first call pays for JIT compilation
    const started = performance.now();
    checkPassword(password, { names });
    return performance.now() - started;
  }

  it.each([
    ['random ASCII', 'Xk7#pQ2!vL9mZ3$w'.repeat(625)],
    ['one letter', 'a'.repeat(10_000)],
    ['look-alikes only', '@'.repeat(10_000)],
    ['digits only', '4'.repeat(10_000)],
    ['names over and over', 'Dup0nt-Luc!'.repeat(910)],
    ['non-ASCII digits', '٣'.repeat(10_000)],
    ['emoji', '😀'.repeat(10_000)],
    ['NFD accents', 'e\u0301'.repeat(5_000)],
    ['a ligature that NFKD would expand 18 times', '\ufdfa'.repeat(10_000)],
  ])('%s completes in under 50 ms', (_label, password) => {
    expect(timeCheck(password)).toBeLessThan(BUDGET_MS);
  });

  it('stays under 50 ms with the largest names list and an input crafted against the matcher', () => {
    const names = Array.from({ length: 40 }, (_, index) => `${'a'.repeat(23)}${String.fromCharCode(98 + (index % 24))}`);
    expect(timeCheck(`${'4'.repeat(23)}a`.repeat(417), names)).toBeLessThan(BUDGET_MS);
    expect(timeCheck('a'.repeat(10_000), names)).toBeLessThan(BUDGET_MS);
  });

  it('stays under 50 ms for random 10,000-character strings', () => {
    fc.assert(
      fc.property(fc.oneof(anyUtf16, anyCodePoints, anyGraphemes).filter((text) => text.length > 0), (seed) => {
        const password = seed.repeat(Math.ceil(10_000 / seed.length)).slice(0, 10_000);
        expect(timeCheck(password)).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 25 },
    );
  });

  it('checks a 64-character password in well under 0.5 ms on average', () => {
    const password = 'Xk7#pQ2!vL9mZ3$wSoleil-Levant_Dup0nt:Luc/14-07-89!Ab'.padEnd(64, 'z');
    for (let index = 0; index < 200; index += 1) checkPassword(password, { names: NAMES });
    const runs = 2_000;
    const started = performance.now();
    for (let index = 0; index < runs; index += 1) checkPassword(password, { names: NAMES });
    expect((performance.now() - started) / runs).toBeLessThan(0.5);
  });
});
