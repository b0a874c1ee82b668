import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { createPasswordChecker, type PasswordChecker } from '../../../src/password/checker';
import { checkPassword } from '../../../src/password/rules';
import { loadStrengthEstimator } from '../../../src/password/strength/load';

const NAMES = ['Hélène Dupont-Martin'];
const folder = mkdtempSync(join(tmpdir(), 'checker-heap-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * A password no source file holds: its characters are kept as numbers only, so that the string exists
 * in the heap only where the checker (or something it calls) keeps it.
 */
function secretCodes(): Uint16Array {
  const random = crypto.getRandomValues(new Uint8Array(16));
  return Uint16Array.from([0x51, 0x7a, 0x21, ...[...random].map((byte) => 0x61 + (byte % 26)), 0x39, 0x44, 0x75, 0x70, 0x6f, 0x6e, 0x74]);
}
const asText = (codes: Uint16Array): string => String.fromCharCode(...codes);

/** Whether a heap snapshot of this process holds `codes` as a string (snapshots collect garbage first). */
async function heapHolds(codes: Uint16Array): Promise<boolean> {
  const file = writeHeapSnapshot(join(folder, `${Date.now()}-${Math.random()}.heapsnapshot`));
  // The needle is made after the snapshot, so that it is not what the snapshot finds.
  const needle = asText(codes);
  let tail = '';
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      const window = tail + (chunk as string);
      if (window.includes(needle)) return true;
      tail = window.slice(-needle.length);
    }
    return false;
  } finally {
    rmSync(file, { force: true });
  }
}

/** Checks a password the way the panel does on a keystroke, rules and strength, without keeping it here. */
async function typeInto(checker: PasswordChecker, codes: Uint16Array): Promise<boolean> {
  const estimator = await loadStrengthEstimator();
  const report = checker.check(asText(codes));
  checker.grade(estimator, asText(codes));
  return report.overall;
}

describe('a password checker', () => {
  it('gives the same verdicts as the one-off check', () => {
    const checker = createPasswordChecker(NAMES);
    for (const password of ['Soleil!Levant42', 'helene!Maison42', 'court', 'Dupont-Martin!2024x']) {
      expect(checker.check(password)).toEqual(checkPassword(password, { names: NAMES }));
    }
  });

  it('keeps the last password while it is in use, so the heap search below can find it', async () => {
    const codes = secretCodes();
    const checker = createPasswordChecker(NAMES);
    await typeInto(checker, codes);
    expect(await heapHolds(codes)).toBe(true);
    checker.dispose();
  }, 60_000);

  it('leaves nothing of the password in memory once disposed', async () => {
    const codes = secretCodes();
    const checker = createPasswordChecker(NAMES);
    await typeInto(checker, codes);
    checker.dispose();
    expect(await heapHolds(codes)).toBe(false);
  }, 60_000);
});
