/**
 * One password checker per panel: it holds the person's names (person.ts) and the one thing kept between
 * keystrokes, the last name finding, and gives them up at `dispose()`. Nothing else in the password core
 * keeps state, so nothing of a password outlives the panel that checked it
 * (test/unit/password/checker.test.ts looks for it in the heap).
 */

import { type PasswordReport, checkPasswordFor } from './rules';
import { type PersonNames, personNames } from './person';
import type { StrengthEstimate, StrengthEstimator } from './strength/estimator';

export interface PasswordChecker {
  /** GAIA's rules, one verdict each. */
  check(password: string): PasswordReport;
  /** The strength estimate, from an estimator once it is loaded (strength/load.ts). */
  grade(estimator: StrengthEstimator, password: string, codePoints?: number): StrengthEstimate;
  /** Forgets the last password looked at; the checker may still be used after. */
  dispose(): void;
}

/**
 * Running a regular expression records its input in the engine's legacy `RegExp.input` (`RegExp.$_`),
 * which outlives the call: after a check, one is run on an empty string so the last input is not the
 * password.
 */
const forgetLastRegExpInput = (): void => void /^$/.exec('');

export function createPasswordChecker(names: readonly string[]): PasswordChecker {
  const person: PersonNames = personNames(names);
  return {
    check(password) {
      try {
        return checkPasswordFor(password, person);
      } finally {
        forgetLastRegExpInput();
      }
    },
    grade(estimator, password, codePoints) {
      try {
        return estimator.estimate(password, person, codePoints);
      } finally {
        forgetLastRegExpInput();
      }
    },
    dispose() {
      person.forget();
      forgetLastRegExpInput();
    },
  };
}
