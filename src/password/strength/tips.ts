/** The one piece of advice shown under the strength meter, from zxcvbn's feedback and our own findings. */

import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import type { PasswordStrengthMessageKey } from '../messages';
import type { StrengthLevel } from './estimator';

export type { PasswordStrengthMessageKey };

/**
 * zxcvbn's feedback keys mapped to ours. Suggestions that contradict GAIA are dropped: « noNeed » says
 * symbols, digits and capitals are not needed, and GAIA requires some of them. « pwned » needs a network
 * matcher we do not use.
 */
const TIP_BY_ZXCVBN_KEY: Readonly<Record<string, PasswordStrengthMessageKey>> = {
  // warnings
  straightRow: 'pw_tip_keyboard',
  keyPattern: 'pw_tip_keyboard',
  simpleRepeat: 'pw_tip_repeat',
  extendedRepeat: 'pw_tip_repeat',
  sequences: 'pw_tip_sequence',
  recentYears: 'pw_tip_dates',
  dates: 'pw_tip_dates',
  topTen: 'pw_tip_common',
  topHundred: 'pw_tip_common',
  common: 'pw_tip_common',
  similarToCommon: 'pw_tip_common',
  wordByItself: 'pw_tip_more_words',
  namesByThemselves: 'pw_tip_more_words',
  commonNames: 'pw_tip_more_words',
  userInputs: 'pw_tip_personal',
  // suggestions
  l33t: 'pw_tip_predictable',
  reverseWords: 'pw_tip_predictable',
  allUppercase: 'pw_tip_capitals',
  capitalization: 'pw_tip_capitals',
  associatedYears: 'pw_tip_dates',
  repeated: 'pw_tip_repeat',
  longerKeyboardPattern: 'pw_tip_keyboard',
  anotherWord: 'pw_tip_more_words',
  useWords: 'pw_tip_more_words',
};

const LONGER_TIP_BELOW_CODE_POINTS = 14;
const TIP_FROM_LEVEL_BELOW: StrengthLevel = 3;

export function chooseTip(
  result: ZxcvbnResult,
  level: StrengthLevel,
  holdsName: boolean,
  mostlyCommon: boolean,
  estimated: string,
): PasswordStrengthMessageKey | undefined {
  if (holdsName) return 'pw_tip_personal';
  if (mostlyCommon) return 'pw_tip_common';
  if (level >= TIP_FROM_LEVEL_BELOW) return undefined;
  const fromZxcvbn = [result.feedback.warning, ...result.feedback.suggestions]
    .map((key) => (key === null ? undefined : TIP_BY_ZXCVBN_KEY[key]))
    // anotherWord comes first in every zxcvbn feedback; a specific tip is more useful when there is one.
    .filter((tip): tip is PasswordStrengthMessageKey => tip !== undefined);
  const specific = fromZxcvbn.find((tip) => tip !== 'pw_tip_more_words');
  if (specific !== undefined) return specific;
  if ([...estimated].length < LONGER_TIP_BELOW_CODE_POINTS) return 'pw_tip_longer';
  return fromZxcvbn[0] ?? 'pw_tip_more_words';
}
