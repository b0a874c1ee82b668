/**
 * Worst-case pastes for the password checker: long, repetitive, or crafted against the name matcher.
 * The unit tests check that each gets a verdict; `npm run bench` times them against a 50 ms budget.
 */
export const LONG_INPUT_NAMES = ['Hélène Dupont-Martin', 'helene.dupont-martin@ods.services', 'Luc', 'Li'];

export const LONG_INPUTS: readonly { label: string; password: string }[] = [
  { label: 'random ASCII', password: 'Xk7#pQ2!vL9mZ3$w'.repeat(625) },
  { label: 'one letter', password: 'a'.repeat(10_000) },
  { label: 'look-alikes only', password: '@'.repeat(10_000) },
  { label: 'digits only', password: '4'.repeat(10_000) },
  { label: 'names over and over', password: 'Dup0nt-Luc!'.repeat(910) },
  { label: 'non-ASCII digits', password: '٣'.repeat(10_000) },
  { label: 'emoji', password: '😀'.repeat(10_000) },
  { label: 'NFD accents', password: 'e\u0301'.repeat(5_000) },
  { label: 'a ligature that NFKD would expand 18 times', password: '\ufdfa'.repeat(10_000) },
];

/** Forty 24-letter names that share a 23-letter prefix, and inputs that make a naive matcher backtrack. */
export const LONG_INPUT_CRAFTED_NAMES = Array.from({ length: 40 }, (_, index) => `${'a'.repeat(23)}${String.fromCharCode(98 + (index % 24))}`);
export const LONG_INPUT_CRAFTED = [`${'4'.repeat(23)}a`.repeat(417), 'a'.repeat(10_000)];
