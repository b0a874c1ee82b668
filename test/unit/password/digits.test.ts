import { describe, expect, it } from 'vitest';
import { findDigitRun, readsAsDate } from '../../../src/password/digits';

describe('readsAsDate', () => {
  it.each([
    ['140789', true], // DDMMYY
    ['890714', true], // YYMMDD
    ['071489', true], // MMDDYY
    ['14071989', true], // DDMMYYYY
    ['19890714', true], // YYYYMMDD
    ['07141989', true], // MMDDYYYY
    ['01012000', true],
    ['31122099', true],
    ['123456', false],
    ['999999', false],
    ['320189', false], // 32 is neither a day nor a month; read as YY-MM-DD, 89 is not a day
    ['14131989', false], // month 13
    ['14071889', false], // year before 1900
    ['14072189', false], // year after 2099
    ['1407198', false], // 7 digits: not a window length
    ['14a789', false],
  ])('%s → %s', (digits, expected) => {
    expect(readsAsDate(digits)).toBe(expected);
  });
});

describe('findDigitRun', () => {
  it.each([
    ['', null],
    ['abc', null],
    ['12345', null],
    ['12345x12345', null],
    ['123456', { longestRun: 6, dateLike: false }],
    ['a140789b', { longestRun: 6, dateLike: true }],
    ['12345x14071989', { longestRun: 8, dateLike: true }],
    ['123456x14071989', { longestRun: 8, dateLike: true }],
    ['123456x1234567', { longestRun: 7, dateLike: false }],
    ['1'.repeat(10_000), { longestRun: 10_000, dateLike: true }],
    ['9'.repeat(10_000), { longestRun: 10_000, dateLike: false }],
  ])('%j → %j', (text, expected) => {
    expect(findDigitRun(text)).toEqual(expected);
  });
});
