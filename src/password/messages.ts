/**
 * Every message key the password checker and the strength estimate may return. Each one exists in both
 * catalogues (assets/_locales/{en,fr}/messages.json); a unit test keeps it so. Placeholders, when a
 * message has some, are filled from `MessageRef.substitutions` in order.
 */
export const PASSWORD_RULE_MESSAGE_KEYS = [
  'pw_length_pass',
  'pw_length_pass_recommend',
  'pw_length_fail',
  'pw_special_pass',
  'pw_special_fail',
  'pw_upper_pass',
  'pw_upper_fail',
  'pw_upper_fail_accented',
  'pw_lower_pass',
  'pw_lower_fail',
  'pw_lower_fail_accented',
  'pw_charset_pass',
  'pw_charset_fail',
  'pw_charset_edge_space',
  'pw_digits_pass',
  'pw_digits_run',
  'pw_digits_date',
  'pw_name_pass',
  'pw_name_unknown',
  'pw_name_contains',
  'pw_name_reversed',
  'pw_name_inside_word',
  'pw_name_short_word',
  'pw_janus_reminder',
] as const;

export const PASSWORD_STRENGTH_MESSAGE_KEYS = [
  'pw_strength_level_0',
  'pw_strength_level_1',
  'pw_strength_level_2',
  'pw_strength_level_3',
  'pw_strength_level_4',
  'pw_tip_personal',
  'pw_tip_common',
  'pw_tip_more_words',
  'pw_tip_keyboard',
  'pw_tip_repeat',
  'pw_tip_sequence',
  'pw_tip_dates',
  'pw_tip_predictable',
  'pw_tip_capitals',
  'pw_tip_longer',
] as const;

export type PasswordRuleMessageKey = (typeof PASSWORD_RULE_MESSAGE_KEYS)[number];
export type PasswordStrengthMessageKey = (typeof PASSWORD_STRENGTH_MESSAGE_KEYS)[number];
export type PasswordMessageKey = PasswordRuleMessageKey | PasswordStrengthMessageKey;

/** A message to show: its catalogue key and the values of its placeholders, in order. */
export interface MessageRef<Key extends PasswordMessageKey = PasswordMessageKey> {
  readonly key: Key;
  readonly substitutions: readonly string[];
}

export function message<Key extends PasswordMessageKey>(key: Key, ...substitutions: string[]): MessageRef<Key> {
  return { key, substitutions };
}
