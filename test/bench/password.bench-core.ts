/**
 * Timing of the GAIA password checker, for a human to read (not a pass/fail test). Measures, on generated
 * passwords of 12 to 64 characters:
 *   - the rules alone (a checker's check, as the panel runs it), by length band;
 *   - one full check: rules + strength estimate with our tuned @zxcvbn-ts;
 *   - the one-time cost of loading the estimator (imports + dictionary set-up);
 *   - the same full check and set-up with @zxcvbn-ts in its default configuration (same dictionaries),
 *     and the ratio default / tuned.
 * Wiring it to a command is left to the build scripts; call `benchPassword()` and print what it returns.
 */

import { createPasswordChecker, type PasswordChecker } from '../../src/password/checker';
import { LONG_INPUT_CRAFTED, LONG_INPUT_CRAFTED_NAMES, LONG_INPUT_NAMES, LONG_INPUTS } from '../unit/password/long-inputs';
import { median, percentile } from './figures';
import {
  createStrengthEstimator,
  importZxcvbnPackages,
  loadStrengthEstimator,
  REFINED_MAX_CODE_POINTS,
  STRENGTH_MAX_CODE_POINTS,
  userInputsFor,
  zxcvbnDictionaryOptions,
} from '../../src/password/strength';

const NAMES = ['Hélène Dupont-Martin', 'helene.dupont-martin@ods.services'];
const PASSWORDS_PER_KIND = 60;
const RULE_REPETITIONS = 20;
const SEED = 20_261_122;

/**
 * A checker keeps its last name finding, which the strength estimate of the same password reuses, as
 * on each keystroke in the panel (src/password/person.ts). A measurement that repeats one password must
 * start each time as a new keystroke does: the checker forgets what it kept, outside the time measured.
 */
function asNewKeystroke(checker: PasswordChecker): void {
  checker.dispose();
}

export async function benchPassword(): Promise<string> {
  const passwords = generatePasswords(SEED);
  const lines: string[] = [`GAIA password checker — ${passwords.length} passwords of 12 to 64 characters, names ${JSON.stringify(NAMES)}`];

  // One-time costs first, while the modules are (probably) not yet loaded in this process.
  let started = performance.now();
  const estimator = await loadStrengthEstimator();
  const tunedLoadMs = performance.now() - started;
  started = performance.now();
  const packages = await importZxcvbnPackages(); // cached by now: this times the factory below only
  const defaultZxcvbn = new packages.core.ZxcvbnFactory(zxcvbnDictionaryOptions(packages));
  const defaultSetupMs = performance.now() - started;
  started = performance.now();
  createStrengthEstimator(packages);
  const tunedSetupMs = performance.now() - started;

  const checker = createPasswordChecker(NAMES);
  // Warm-up, so that JIT compilation is not billed to the first passwords.
  for (const password of passwords.slice(0, 50)) {
    checker.check(password);
    checker.grade(estimator, password);
    defaultZxcvbn.check(password, userInputsFor(NAMES));
  }

  const rulesByBand = new Map<string, number[]>();
  const rulesAll: number[] = [];
  const fullTuned: number[] = [];
  const fullDefault: number[] = [];
  const refinements: number[] = [];
  for (const password of passwords) {
    let rulesTotalMs = 0;
    for (let repetition = 0; repetition < RULE_REPETITIONS; repetition += 1) {
      asNewKeystroke(checker);
      started = performance.now();
      checker.check(password);
      rulesTotalMs += performance.now() - started;
    }
    const rulesMs = rulesTotalMs / RULE_REPETITIONS;
    rulesAll.push(rulesMs);
    const band = lengthBand([...password].length);
    rulesByBand.set(band, [...(rulesByBand.get(band) ?? []), rulesMs]);

    asNewKeystroke(checker);
    started = performance.now();
    checker.check(password);
    checker.grade(estimator, password);
    fullTuned.push(performance.now() - started);

    if ([...password].length > STRENGTH_MAX_CODE_POINTS) {
      started = performance.now();
      checker.grade(estimator, password, REFINED_MAX_CODE_POINTS);
      refinements.push(performance.now() - started);
    }

    asNewKeystroke(checker);
    started = performance.now();
    checker.check(password);
    defaultZxcvbn.check(password, userInputsFor(NAMES));
    fullDefault.push(performance.now() - started);
  }

  lines.push('', 'rules alone (ms per check)           median      p95');
  for (const [band, times] of [...rulesByBand].sort()) lines.push(row(`  ${band} characters`, times));
  lines.push(row('  all', rulesAll));
  lines.push('', `rules + strength (ms per check; strength on the first ${STRENGTH_MAX_CODE_POINTS} code points)`);
  lines.push('                                     median      p95');
  lines.push(row('  tuned zxcvbn-ts (each keystroke)', fullTuned));
  lines.push(row('  default zxcvbn-ts', fullDefault));
  lines.push(
    `  ratio default / tuned              ${ratio(median(fullDefault), median(fullTuned))}    ${ratio(percentile(fullDefault, 0.95), percentile(fullTuned, 0.95))}`,
  );
  lines.push(
    '',
    `refinement of passwords longer than ${STRENGTH_MAX_CODE_POINTS} (up to ${REFINED_MAX_CODE_POINTS} code points; when typing pauses, off the keystroke path)`,
  );
  lines.push(row(`  ${refinements.length} passwords`, refinements));
  lines.push('', 'one-time costs (ms)');
  lines.push(`  load tuned estimator (imports + set-up; cold only if first in this process)  ${tunedLoadMs.toFixed(1)}`);
  lines.push(`  set-up only, tuned                                                       ${tunedSetupMs.toFixed(1)}`);
  lines.push(`  set-up only, default                                                     ${defaultSetupMs.toFixed(1)}`);
  return lines.join('\n');
}

function row(label: string, times: readonly number[]): string {
  return `${label.padEnd(36)}${format(median(times))}  ${format(percentile(times, 0.95))}`;
}

function format(ms: number): string {
  return ms.toFixed(ms < 1 ? 4 : 2).padStart(8);
}

function ratio(numerator: number, denominator: number): string {
  return `${(numerator / denominator).toFixed(1)}×`.padStart(8);
}

function lengthBand(length: number): string {
  if (length <= 24) return '12–24';
  if (length <= 44) return '25–44';
  return '45–64';
}

/** Three kinds of passwords people type: random from GAIA's set, French passphrases, disguised names. */
export function generatePasswords(seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const length = (): number => 12 + Math.floor(random() * 53);
  const gaiaCharacters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~!@#$%^&*_-+=\'|(){}[]:;"<>.,?/';
  const words = [
    'soleil',
    'maison',
    'riviere',
    'montagne',
    'nuage',
    'cactus',
    'trombone',
    'orage',
    'velo',
    'chocolat',
    'lune',
    'jardin',
    'bateau',
    'foret',
    'etoile',
  ];
  const disguises = ['Dup0nt', 'Dup@nt', 'H3l3n3', 'M@rt1n', 'tnopud', 'P@$$w0rd', 'Sol3il', 'Az3rty', 'Ch@t0n'];
  const separators = ['-', '_', '.', '!', ' ', '#'];
  const fit = (text: string, target: number, filler: () => string): string => {
    let result = text;
    while ([...result].length < target) result += filler();
    return [...result].slice(0, target).join('');
  };

  const passwords: string[] = [];
  for (let index = 0; index < PASSWORDS_PER_KIND; index += 1) {
    passwords.push(fit('', length(), () => pick([...gaiaCharacters])));
    const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
    passwords.push(fit(capitalised(pick(words)), length(), () => pick(separators) + pick(words) + String(Math.floor(random() * 100))));
    passwords.push(fit(pick(disguises), length(), () => pick([pick(disguises), pick(separators), String(Math.floor(random() * 1000))])));
  }
  return passwords;
}

/** A small seeded generator, so that every run measures the same passwords. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The worst pastes (test/unit/password/long-inputs.ts) through the whole keystroke path: the rules, then
 * the strength estimate (which only reads the first code points). Each is timed after a warm-up call,
 * best of 5 runs; the slowest input is the figure checked against its 50 ms budget.
 */
export async function benchLongPastes(): Promise<{ lines: string[]; slowestMs: number }> {
  const estimator = await loadStrengthEstimator();
  const cases = [
    ...LONG_INPUTS.map(({ label, password }) => ({ label, password, names: LONG_INPUT_NAMES })),
    ...LONG_INPUT_CRAFTED.map((password, index) => ({
      label: `crafted against 40 similar names (${index + 1})`,
      password,
      names: LONG_INPUT_CRAFTED_NAMES,
    })),
  ];
  const lines = ['', 'pastes of 10,000 characters, rules + strength (ms, best of 5 after a warm-up)'];
  let slowestMs = 0;
  for (const { label, password, names } of cases) {
    const checker = createPasswordChecker(names);
    const check = () => {
      checker.check(password);
      checker.grade(estimator, password);
    };
    check();
    const runs = Array.from({ length: 5 }, () => {
      asNewKeystroke(checker);
      const started = performance.now();
      check();
      return performance.now() - started;
    });
    const best = Math.min(...runs);
    slowestMs = Math.max(slowestMs, best);
    lines.push(`  ${label.padEnd(46)}${format(best)}`);
  }
  return { lines, slowestMs };
}
