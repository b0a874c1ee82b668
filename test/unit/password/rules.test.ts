import { describe, expect, it } from 'vitest';
import { takeCensus } from '../../../src/password/characters';
import { GAIA_SPECIALS, MAX_NOTED_CHARACTERS } from '../../../src/password/constants';
import { checkPassword, RULE_IDS } from '../../../src/password/rules';
import { describeCharacter, resultOf, stateOf } from './helpers';

const NFD_E_ACUTE = 'e\u0301';

describe('report shape', () => {
  it('has one result per rule, in the test contract order', () => {
    const report = checkPassword('Soleil!Levant42', { names: ['Dupont'] });
    expect(report.results.map((result) => result.rule)).toEqual([...RULE_IDS]);
    expect(RULE_IDS).toEqual(['length', 'special', 'upper', 'lower', 'charset', 'digits', 'name', 'janus']);
  });

  it('gives every result a pw_ message key and string substitutions', () => {
    for (const result of checkPassword('ab', { names: ['Li'] }).results) {
      expect(result.detail.key).toMatch(/^pw_[a-z0-9_]+$/);
      for (const value of result.detail.substitutions) expect(typeof value).toBe('string');
    }
  });
});

describe('length: at least 12 code points of the NFC form', () => {
  it.each([
    ['', 'fail', 'pw_length_fail', '0'],
    ['Abcdefgh!12', 'fail', 'pw_length_fail', '11'],
    ['Abcdefgh!123', 'pass', 'pw_length_pass_recommend', '12'],
    ['Abcdefgh!1234', 'pass', 'pw_length_pass_recommend', '13'],
    ['Abcdefgh!12345', 'pass', 'pw_length_pass', '14'],
    // NFD « é » (2 code points) is composed first: 11 + 1 = 12 characters.
    [`${NFD_E_ACUTE}lementair!A`, 'pass', 'pw_length_pass_recommend', '12'],
    [`${NFD_E_ACUTE}lementair!`, 'fail', 'pw_length_fail', '11'],
    // An emoji outside the BMP is one code point (two UTF-16 units).
    ['😀😀😀😀😀😀😀😀😀😀😀', 'fail', 'pw_length_fail', '11'],
    ['😀😀😀😀😀😀😀😀😀😀😀😀', 'pass', 'pw_length_pass_recommend', '12'],
    // A family emoji is 5 code points (3 people joined by 2 ZWJ): code points, not graphemes, are counted.
    ['Abcdef!👨‍👩‍👧', 'pass', 'pw_length_pass_recommend', '12'],
    ['x'.repeat(10_000), 'pass', 'pw_length_pass', '10000'],
  ])('%j → %s', (password, state, key, count) => {
    const result = resultOf('length', password);
    expect(result.state).toBe(state);
    expect(result.detail).toEqual({ key, substitutions: [count] });
  });

  it('does not trim: spaces count', () => {
    expect(stateOf('length', '  Abcdefg!1  ')).toBe('pass');
  });
});

describe("special: one of the 30 characters of GAIA's list", () => {
  it('lists 30 distinct characters', () => {
    expect(new Set(GAIA_SPECIALS).size).toBe(30);
    expect(GAIA_SPECIALS.length).toBe(30);
  });

  it.each([...GAIA_SPECIALS])('%j counts', (special) => {
    expect(stateOf('special', `Abcdefghij1${special}`)).toBe('pass');
  });

  it.each([
    ['space', 'Abcdef ghij1'],
    ['backtick', 'Abcdef`ghij1'],
    ['backslash', 'Abcdef\\ghij1'],
    ['euro', 'Abcdef€ghij1'],
    ['section', 'Abcdef§ghij1'],
    ['pound', 'Abcdef£ghij1'],
    ['degree', 'Abcdef°ghij1'],
    ['digits only', 'Abcdef0123456'],
    ['full-width exclamation', 'Abcdef！ghij1'],
    ['no-break space', 'Abcdef\u00a0ghij1'],
  ])('%s does not count', (_label, password) => {
    const result = resultOf('special', password);
    expect(result.state).toBe('fail');
    expect(result.detail.key).toBe('pw_special_fail');
  });
});

describe('upper / lower: ASCII letters only', () => {
  it.each([
    ['Soleil!levant', 'upper', 'pass', 'pw_upper_pass'],
    ['soleil!levant', 'upper', 'fail', 'pw_upper_fail'],
    ['École!normale', 'upper', 'fail', 'pw_upper_fail_accented'],
    ['Éric!école', 'upper', 'fail', 'pw_upper_fail_accented'],
    ['ÉCOLE!NORMALE', 'upper', 'pass', 'pw_upper_pass'],
    ['ÉCOLE!NORMALE', 'lower', 'fail', 'pw_lower_fail'],
    ['ABCé!DEFGHIJ', 'lower', 'fail', 'pw_lower_fail_accented'],
    ['SOLEIL!levant', 'lower', 'pass', 'pw_lower_pass'],
    ['12345!', 'lower', 'fail', 'pw_lower_fail'],
    ['ΣΟΦΙΑ!sophia', 'upper', 'fail', 'pw_upper_fail_accented'],
  ] as const)('%j → %s %s', (password, rule, state, key) => {
    const result = resultOf(rule, password);
    expect(result.state).toBe(state);
    expect(result.detail.key).toBe(key);
  });
});

describe('charset: only characters GAIA accepts', () => {
  it.each([
    ['Soleil!Levant42', 'pass', 'pw_charset_pass', []],
    ['Soleil Levant 42!', 'pass', 'pw_charset_pass', []],
    ['Château!Fort22', 'fail', 'pw_charset_fail', ['â']],
    ['Motdepasse€€!A', 'fail', 'pw_charset_fail', ['€']],
    ['Crème brûlée!', 'fail', 'pw_charset_fail', ['è û é']],
    ['Cœur!Soleil22', 'fail', 'pw_charset_fail', ['œ']],
    ['Soleil`Levant', 'fail', 'pw_charset_fail', ['`']],
    ['Soleil\\Levant', 'fail', 'pw_charset_fail', ['\\']],
    ['Soleil\u00a0Levant!', 'fail', 'pw_charset_fail', ['U+00A0']],
    ['Soleil\tLevant!', 'fail', 'pw_charset_fail', ['U+0009']],
    ['Soleil\u200bLevant!', 'fail', 'pw_charset_fail', ['U+200B']],
    ['Soleil😀Levant!', 'fail', 'pw_charset_fail', ['😀']],
    ['Soleil٣Levant!', 'fail', 'pw_charset_fail', ['٣']],
    ['Soleil§µ²!', 'fail', 'pw_charset_fail', ['§ µ ²']],
    // A combining mark that has nothing to compose with stays a separate, invisible code point.
    ['Solx\u0301il!Levant', 'fail', 'pw_charset_fail', ['U+0301']],
    ['àéèùçô€§!A', 'fail', 'pw_charset_fail', ['à é è ù ç …']],
    [' Soleil!Levant42', 'warn', 'pw_charset_edge_space', []],
    ['Soleil!Levant42 ', 'warn', 'pw_charset_edge_space', []],
    [' Château!Fort22', 'fail', 'pw_charset_fail', ['â']],
  ])('%j → %s', (password, state, key, noted) => {
    const result = resultOf('charset', password);
    expect(result.state).toBe(state);
    const census = takeCensus(password.normalize('NFC'));
    // The message counts the refused characters and never names them (they are pieces of the password).
    expect(result.detail).toEqual({ key, substitutions: key === 'pw_charset_fail' ? [String(census.outsideCount)] : [] });
    const shown = census.outsideCharset.slice(0, MAX_NOTED_CHARACTERS).map(describeCharacter);
    if (census.outsideCharset.length > MAX_NOTED_CHARACTERS) shown.push('…');
    expect(noted).toEqual(shown.length ? [shown.join(' ')] : []);
  });

  it('composes NFD input before counting the offending characters', () => {
    // « a » + combining circumflex is one refused character (â), not an accepted « a » and a mark.
    expect(resultOf('charset', `Ch${'a\u0302'}teau!Fort22`).detail.substitutions).toEqual(['1']);
    expect(takeCensus(`Ch${'a\u0302'}teau!Fort22`.normalize('NFC')).outsideCharset).toEqual(['â']);
  });
});

describe('digits: no run of 6 or more ASCII digits', () => {
  it.each([
    ['Soleil!12345', 'pass', 'pw_digits_pass', []],
    ['Soleil!12345a12345', 'pass', 'pw_digits_pass', []],
    ['Soleil!123456', 'fail', 'pw_digits_run', ['6']],
    ['Soleil!1234567890', 'fail', 'pw_digits_run', ['10']],
    ['Soleil!14071989', 'fail', 'pw_digits_date', ['8']],
    ['Soleil!890714', 'fail', 'pw_digits_date', ['6']],
    ['Soleil!140789', 'fail', 'pw_digits_date', ['6']],
    ['Soleil!19890714', 'fail', 'pw_digits_date', ['8']],
    ['Soleil!07141989', 'fail', 'pw_digits_date', ['8']],
    ['Soleil!99914071989', 'fail', 'pw_digits_date', ['11']],
    ['Soleil!14/07/1989', 'pass', 'pw_digits_pass', []],
    ['Soleil!1989a0714', 'pass', 'pw_digits_pass', []],
    ['Soleil!999999', 'fail', 'pw_digits_run', ['6']],
    // Non-ASCII digits are not digits for this rule (the charset rule rejects them).
    ['Soleil!١٢٣٤٥٦', 'pass', 'pw_digits_pass', []],
    ['Soleil!１２３４５６', 'pass', 'pw_digits_pass', []],
  ])('%j → %s', (password, state, key, substitutions) => {
    const result = resultOf('digits', password);
    expect(result.state).toBe(state);
    expect(result.detail).toEqual({ key, substitutions });
  });
});

describe('janus: never verifiable', () => {
  it.each(['', 'Soleil!Levant42', 'x'.repeat(500)])('%j → unverifiable', (password) => {
    expect(resultOf('janus', password)).toEqual({
      rule: 'janus',
      state: 'unverifiable',
      detail: { key: 'pw_janus_reminder', substitutions: [] },
    });
  });
});

describe('overall', () => {
  it.each([
    ['Soleil!Levant42', ['Dupont'], true],
    ['Soleil!Levant42', [], true], // name unknown (na) does not block
    [' Soleil!Levant42', ['Dupont'], true], // a warning never blocks
    ['Lucarne!Soleil', ['Luc'], true], // 3-letter name inside a word: warning
    ['Soleil!Levant', ['tnaveL'], true], // reversed name: warning
    ['Soleil!Dupont', ['Dupont'], false],
    ['Château!Fort22', [], false],
    ['Soleil!Levant', [], true],
    ['soleil!levant', [], false],
    ['SOLEIL!LEVANT', [], false],
    ['SoleilLevant42', [], false],
    ['Soleil!L', [], false],
    ['Soleil!123456', [], false],
  ] as const)('%j with %j → %s', (password, names, overall) => {
    expect(checkPassword(password, { names }).overall).toBe(overall);
  });
});
