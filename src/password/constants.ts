/**
 * GAIA's password policy as data. Every number and list that encodes a reading of GAIA's published rules
 * (the GAIA procedure, step 4) or of docs/sources.md, the password rules lives here, so a changed reading is a one-line change.
 */

/** GAIA: « 12 caractères minimum ». Counted in Unicode code points of the NFC form. */
export const MIN_LENGTH = 12;

/**
 * Decision: 12–13 characters pass, but the message suggests 14 or more: GAIA's minimum gives ~76 bits by
 * CNIL's formula, just under CNIL's 80-bit target for a password alone (docs/sources.md, reading:length). Advice only.
 */
export const RECOMMENDED_LENGTH = 14;

/**
 * GAIA's list « ~!@#$$%^&* _-+='|() {} []:;'"<>.,? / » de-duplicated: 30 characters.
 * Decision: the spaces in GAIA's list are read as formatting, so a space is not a special character
 * (conservative: a password whose only "special" is a space may be refused). Backslash and backtick are
 * not in the list, so they are not special either. Digits are not special, although GAIA's own
 * « dup0nt » example calls the 0 one: that example is about name disguises, handled by the name rule.
 */
export const GAIA_SPECIALS = '~!@#$%^&*_-+=\'|(){}[]:;"<>.,?/';

/**
 * Decision: the space (U+0020) is accepted inside a password — NIST/ASVS expect spaces and GAIA's list
 * visibly contains them — but a leading or trailing space is a warning, because it is easily lost when the
 * password is typed again or pasted into another form.
 */
export const ALLOWED_SPACE = ' ';

/**
 * Decision: a character outside GAIA's allow-list (accented letters, €, §, `, \, NBSP, tabs, emoji,
 * non-ASCII digits…) makes the charset rule fail, not warn: GAIA publishes an allow-list, and characters
 * that are hard to type on another keyboard are a real risk. Set to 'warn' to be lenient — this constant
 * is the only place that decides it.
 */
export const OUTSIDE_CHARSET_STATE: 'fail' | 'warn' = 'fail';

/**
 * At most this many distinct offending characters are noted (plus one, to know there are more), for tests.
 * Decision: the message never names them (docs/sources.md, reading:characters): our panel is in the page's DOM, and
 * they are pieces of the password. It gives their count instead.
 */
export const MAX_NOTED_CHARACTERS = 5;

/**
 * GAIA: « ne peut contenir une combinaison de 6 à 8 chiffres d'affilée ».
 * Decision: any run of 6 or more ASCII digits fails — a run of 9 contains a run of 6 to 8, so GAIA's
 * "6 to 8" cannot be read as "exactly 6 to 8". Whether the run looks like a date only changes the wording.
 * Only ASCII digits count (other digits already fail the charset rule).
 */
export const MIN_DIGIT_RUN = 6;

/** The window lengths read as dates inside a run: YYMMDD-like (6) and YYYYMMDD-like (8). */
export const DATE_WINDOW_LENGTHS = [6, 8] as const;

/**
 * Decision: the date-like wording applies when a 6- or 8-digit window reads as a day-month-year,
 * year-month-day or (for colleagues from abroad) month-day-year date; days 01–31 without checking the
 * month's length; 4-digit years 1900–2099. Two-digit years are any 00–99.
 */
export const DATE_ORDERS = ['DMY', 'YMD', 'MDY'] as const;

/**
 * Name parts that are not names on their own (docs/sources.md, reading:names, step 3). They are dropped when the name has
 * other parts ("Jean de La Fontaine" → jean, fontaine).
 * Decision: a name made only of particles is kept as it is ("Lê" → "le", "Ben" → "ben"), since it is then
 * the person's actual name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'd',
  'l',
  'van',
  'von',
  'der',
  'den',
  'di',
  'da',
  'dos',
  'das',
  'del',
  'della',
  'el',
  'al',
  'ben',
  'bin',
  'ibn',
  'ter',
  'ten',
  'y',
  'e',
  'mc',
  'st',
  'ste',
  'saint',
  'sainte',
]);

/**
 * Characters removed to build the "separator-free" view of the password, so that « Du-Pont »,
 * « jean_pierre » and « D.u.p.o.n.t » are seen as the names they spell. Any white space counts.
 * Decision: only these word separators are removed, not every special character: removing « ! » or « @ »
 * too would make « Ban!nerW@ll » contain "anne".
 */
export const SEPARATOR_PATTERN = /[\s\-_.'\u2019]/u;

/**
 * Name-length tiers (in letters, after folding). docs/sources.md, reading:names, step 6: long names are matched anywhere, 3-letter
 * names only as a word of their own (inside a word they are a warning), 2-letter names only as an exact
 * word of their own and then only as a warning.
 * Decision: 1-letter parts (initials, « O' » of O'Brien) are ignored.
 */
export const LONG_NAME_MIN_LETTERS = 4;
export const SHORT_NAME_LETTERS = 3;
export const TINY_NAME_LETTERS = 2;

/**
 * GAIA: a name with « un caractère remplacé par un caractère spécial » is still the name. Any non-letter
 * (digit, special, emoji…) may stand for one letter of the name: up to 1 such wildcard for names of 3 to 5
 * letters, up to 2 from 6 letters (docs/sources.md, reading:names, step 4). Look-alikes (below) are free.
 */
export const WILDCARDS_SHORT_NAME = 1;
export const WILDCARDS_LONG_NAME = 2;
export const MANY_WILDCARDS_MIN_LETTERS = 6;

/**
 * Decision: at least half of the name's letters (rounded up) must be typed as themselves, whatever stands
 * for the others. reading:names, step 4 (docs/sources.md) asks for at least 2 exact letters; for names of 3 and 4 letters this is
 * the same, for longer names it is stricter, so that a window made mostly of symbols never counts as a
 * name: « H3l3n3 », « M@rt1n », « J3@n » are names; « 3l01 » (Eloi, 3 of 4 letters disguised) is left to
 * the strength estimate. It also lets the matcher skip, at once, every window with too few letters.
 */
export const MIN_EXACT_SHARE = 0.5;

/**
 * Decision: for names shorter than 6 letters, a wildcard may only replace an inner letter, never the
 * first or the last one. « Mar! » would otherwise be "Marc" in every « Mar!e… » and every word starting
 * with "mar" followed by punctuation; GAIA's own example « Dup@nt » replaces an inner letter.
 * Look-alikes are allowed everywhere.
 */
export const EDGE_WILDCARD_MIN_LETTERS = 6;

/**
 * Look-alikes: a password character that commonly stands for a letter (docs/sources.md, reading:names, step 4; a superset of
 * zxcvbn's table). Single characters only: multi-character disguises such as « |_| » for u are left to the
 * wildcard rule and to the strength estimate.
 */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '4': 'a',
  '@': 'a',
  '8': 'b',
  '(': 'c',
  '{': 'c',
  '[': 'c',
  '<': 'c',
  '3': 'e',
  '€': 'e',
  '6': 'gb',
  '9': 'gq',
  '1': 'il',
  '!': 'il',
  '|': 'il',
  '7': 'tl',
  '0': 'o',
  '°': 'o',
  '5': 's',
  $: 's',
  '+': 't',
  '2': 'z',
  '%': 'x',
  '#': 'h',
};

/**
 * Letters that do not decompose under Unicode normalisation but are, for a name, another way of writing
 * plain letters. Ligatures expand (« Œ » → "oe"); the rest fold to their base letter.
 * Decision: « Müller » folds to "muller" (not "mueller"): a person who writes "Mueller" adds it as another
 * name.
 */
export const EXTRA_LETTER_FOLDS: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ẞ: 'SS',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
};

/**
 * Work bounds for the name matcher, so a pasted novel or a hostile names list cannot make it slow:
 * the matcher's cost is (tokens × letters per token × password length).
 * Decision: at most 16 distinct name tokens and 24 letters per token are checked; longer tokens are cut
 * (a first name, a last name, their compound parts and a few "other names" fit easily).
 */
export const MAX_NAME_TOKENS = 16;
export const MAX_TOKEN_LETTERS = 24;
