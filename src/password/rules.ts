/**
 * The GAIA password checker: one verdict per rule of GAIA's published policy, in the order of the
 * panel's lines (`data-rule`), with the message to show. Pure: no DOM, no browser API, no state of its
 * own (a checker's names and their last finding live in person.ts, held by one checker). Semantics: docs/sources.md, the password rules; every reading of an ambiguity is in constants.ts.
 */

import { MIN_LENGTH, OUTSIDE_CHARSET_STATE, RECOMMENDED_LENGTH } from './constants';
import { type CharacterCensus, takeCensus } from './characters';
import { findDigitRun } from './digits';
import { type MessageRef, type PasswordRuleMessageKey, message } from './messages';
import { type PersonNames, personNames } from './person';

export const RULE_IDS = ['length', 'special', 'upper', 'lower', 'charset', 'digits', 'name', 'janus'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type RuleState = 'pass' | 'fail' | 'warn' | 'na' | 'unverifiable';

export interface RuleResult {
  readonly rule: RuleId;
  readonly state: RuleState;
  readonly detail: MessageRef<PasswordRuleMessageKey>;
}

export interface PasswordReport {
  /** One result per rule, in RULE_IDS order. */
  readonly results: readonly RuleResult[];
  /**
   * Whether GAIA should accept the password, as far as the extension can tell (docs/sources.md, reading:verdict): length,
   * special, upper, lower and digits pass, and neither charset nor name fails. Warnings never block, and
   * the strength estimate never changes it.
   */
  readonly overall: boolean;
}

export interface PasswordContext {
  /**
   * The person's names: first and last names (compound, with particles), full names, or identifiers such
   * as « prenom.nom@ods.services ». Empty when unknown: the name rule is then "na".
   */
  readonly names: readonly string[];
}

/** Rules whose `pass` is required for `overall`; charset and name only need not to fail. */
const MUST_PASS: ReadonlySet<RuleId> = new Set(['length', 'special', 'upper', 'lower', 'digits']);
const MUST_NOT_FAIL: ReadonlySet<RuleId> = new Set(['charset', 'name']);

/** Checks one password against names given once; nothing is kept after it returns. */
export function checkPassword(password: string, context: PasswordContext): PasswordReport {
  return checkPasswordFor(password, personNames(context.names));
}

/** Checks a password for a person whose names a checker holds (checker.ts), on each keystroke. */
export function checkPasswordFor(password: string, person: PersonNames): PasswordReport {
  const normalized = password.normalize('NFC');
  const census = takeCensus(normalized);
  const results: RuleResult[] = [
    lengthResult(census),
    specialResult(census),
    upperResult(census),
    lowerResult(census),
    charsetResult(census),
    digitsResult(normalized),
    nameResult(normalized, person),
    { rule: 'janus', state: 'unverifiable', detail: message('pw_janus_reminder') },
  ];
  const overall = results.every(({ rule, state }) => (!MUST_PASS.has(rule) || state === 'pass') && (!MUST_NOT_FAIL.has(rule) || state !== 'fail'));
  return { results, overall };
}

function lengthResult(census: CharacterCensus): RuleResult {
  const count = String(census.codePoints);
  if (census.codePoints < MIN_LENGTH) {
    return { rule: 'length', state: 'fail', detail: message('pw_length_fail', count) };
  }
  const key = census.codePoints < RECOMMENDED_LENGTH ? 'pw_length_pass_recommend' : 'pw_length_pass';
  return { rule: 'length', state: 'pass', detail: message(key, count) };
}

function specialResult(census: CharacterCensus): RuleResult {
  return census.hasSpecial
    ? { rule: 'special', state: 'pass', detail: message('pw_special_pass') }
    : { rule: 'special', state: 'fail', detail: message('pw_special_fail') };
}

function upperResult(census: CharacterCensus): RuleResult {
  if (census.hasAsciiUpper) return { rule: 'upper', state: 'pass', detail: message('pw_upper_pass') };
  const key = census.hasOtherUpper ? 'pw_upper_fail_accented' : 'pw_upper_fail';
  return { rule: 'upper', state: 'fail', detail: message(key) };
}

function lowerResult(census: CharacterCensus): RuleResult {
  if (census.hasAsciiLower) return { rule: 'lower', state: 'pass', detail: message('pw_lower_pass') };
  const key = census.hasOtherLower ? 'pw_lower_fail_accented' : 'pw_lower_fail';
  return { rule: 'lower', state: 'fail', detail: message(key) };
}

/*
 * Privacy by construction: a report may be shown in the page (our panel lives in its DOM), so no detail
 * carries a piece of the password. The charset result counts the refused characters without naming
 * them, and the name results do not say which name they found (that would spell part of the password).
 * Tests see what was found through takeCensus() and findName().
 */
function charsetResult(census: CharacterCensus): RuleResult {
  if (census.outsideCharset.length > 0) {
    return { rule: 'charset', state: OUTSIDE_CHARSET_STATE, detail: message('pw_charset_fail', String(census.outsideCount)) };
  }
  if (census.startsOrEndsWithSpace) {
    return { rule: 'charset', state: 'warn', detail: message('pw_charset_edge_space') };
  }
  return { rule: 'charset', state: 'pass', detail: message('pw_charset_pass') };
}

function digitsResult(normalized: string): RuleResult {
  const run = findDigitRun(normalized);
  if (run === null) return { rule: 'digits', state: 'pass', detail: message('pw_digits_pass') };
  const detail = run.dateLike ? message('pw_digits_date', String(run.longestRun)) : message('pw_digits_run', String(run.longestRun));
  return { rule: 'digits', state: 'fail', detail };
}

function nameResult(normalized: string, person: PersonNames): RuleResult {
  if (person.tokens.length === 0) return { rule: 'name', state: 'na', detail: message('pw_name_unknown') };
  const finding = person.find(normalized);
  if (finding === null) return { rule: 'name', state: 'pass', detail: message('pw_name_pass') };
  return { rule: 'name', state: finding.state, detail: message(NAME_MESSAGE_BY_REASON[finding.reason]) };
}

const NAME_MESSAGE_BY_REASON = {
  contains: 'pw_name_contains',
  reversed: 'pw_name_reversed',
  'inside-word': 'pw_name_inside_word',
  'short-word': 'pw_name_short_word',
} as const satisfies Record<string, PasswordRuleMessageKey>;

export { deriveNameTokens, namesFromIdentifier, type NameToken } from './names';
export type { MessageRef, PasswordMessageKey } from './messages';
