/**
 * GAIA: « ne peut contenir une combinaison de 6 à 8 chiffres d'affilée, qui pourrait être associée à une
 * date ». Any run of MIN_DIGIT_RUN or more ASCII digits fails; whether it reads as a date only changes the
 * wording (docs/sources.md, reading:digits).
 */

import { DATE_ORDERS, DATE_WINDOW_LENGTHS, MIN_DIGIT_RUN } from './constants';

export interface DigitRunFinding {
  /** Length of the longest run of ASCII digits. */
  readonly longestRun: number;
  /** Whether some 6- or 8-digit window of a long-enough run reads as a date. */
  readonly dateLike: boolean;
}

/** The longest digit run and whether any run of MIN_DIGIT_RUN+ digits contains a date; null if none. */
export function findDigitRun(password: string): DigitRunFinding | null {
  let longestRun = 0;
  let dateLike = false;
  let runStart = -1;
  // UTF-16 units are fine here: ASCII digits are single units and never halves of a surrogate pair.
  for (let index = 0; index <= password.length; index += 1) {
    const code = index < password.length ? password.charCodeAt(index) : -1;
    const isDigit = code >= 0x30 && code <= 0x39;
    if (isDigit) {
      if (runStart < 0) runStart = index;
      continue;
    }
    if (runStart < 0) continue;
    const runLength = index - runStart;
    longestRun = Math.max(longestRun, runLength);
    if (!dateLike && runLength >= MIN_DIGIT_RUN) dateLike = runContainsDate(password, runStart, index);
    runStart = -1;
  }
  return longestRun >= MIN_DIGIT_RUN ? { longestRun, dateLike } : null;
}

function runContainsDate(text: string, runStart: number, runEnd: number): boolean {
  for (const windowLength of DATE_WINDOW_LENGTHS) {
    for (let start = runStart; start + windowLength <= runEnd; start += 1) {
      if (windowReadsAsDate(text, start, windowLength)) return true;
    }
  }
  return false;
}

/** « 140789 », « 890714 », « 14071989 », « 19890714 », « 07141989 » read as dates. */
export function readsAsDate(digits: string): boolean {
  return /^[0-9]+$/.test(digits) && (digits.length === 6 || digits.length === 8) && windowReadsAsDate(digits, 0, digits.length);
}

/** Reads digits from char codes rather than slices: a 10,000-digit run has 20,000 windows. */
function windowReadsAsDate(text: string, start: number, windowLength: number): boolean {
  const yearLength = windowLength === 8 ? 4 : 2;
  return DATE_ORDERS.some((order) => {
    switch (order) {
      case 'DMY':
        return isDay(text, start) && isMonth(text, start + 2) && isYear(text, start + 4, yearLength);
      case 'MDY':
        return isMonth(text, start) && isDay(text, start + 2) && isYear(text, start + 4, yearLength);
      case 'YMD':
        return isYear(text, start, yearLength) && isMonth(text, start + yearLength) && isDay(text, start + yearLength + 2);
    }
  });
}

function twoDigitsAt(text: string, at: number): number {
  return (text.charCodeAt(at) - 0x30) * 10 + (text.charCodeAt(at + 1) - 0x30);
}

function isDay(text: string, at: number): boolean {
  const day = twoDigitsAt(text, at);
  return day >= 1 && day <= 31;
}

function isMonth(text: string, at: number): boolean {
  const month = twoDigitsAt(text, at);
  return month >= 1 && month <= 12;
}

/** Two-digit years are any 00–99; four-digit years 1900–2099. */
function isYear(text: string, at: number, yearLength: number): boolean {
  if (yearLength === 2) return true;
  const year = twoDigitsAt(text, at) * 100 + twoDigitsAt(text, at + 2);
  return year >= 1900 && year <= 2099;
}
