// `npm run lint`: strict type check, ESLint, Prettier's check of the formatting, and web-ext lint of the Firefox build (0 errors allowed).
// Prints one line per check and exits non-zero when any fails. Exports the checks for scripts/test.mjs.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bin, capture, run } from './run-step.mjs';

/** web-ext lint of an unpacked Firefox extension (the build, or the store package's content). */
export async function webExtLint(sourceDir = 'dist/firefox') {
  if (!existsSync(`${sourceDir}/manifest.json`)) {
    console.error(`web-ext lint: no Firefox build in ${sourceDir}; run \`npm run build\` first.`);
    return false;
  }
  const { output } = await capture(bin('web-ext'), ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery']);
  let report;
  try {
    report = JSON.parse(output);
  } catch {
    console.error(`web-ext lint: unreadable output\n${output}`);
    return false;
  }
  for (const kind of ['errors', 'warnings']) {
    for (const message of report[kind]) console.log(`  web-ext ${kind.slice(0, -1)}: ${message.code} ${message.file ?? ''} ${message.message}`);
  }
  console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  return report.summary.errors === 0;
}

export const LINT_CHECKS = [
  ['typescript (tsc --noEmit, strict)', async () => (await run(bin('tsc'), ['--noEmit', '-p', '.'])) === 0],
  ['eslint', async () => (await run(bin('eslint'), ['--max-warnings', '0', '.'])) === 0],
  // Lists the files to format, if any; `npx prettier --write .` formats them.
  ['prettier --check', async () => (await run(bin('prettier'), ['--check', '--log-level', 'warn', '.'])) === 0],
  ['web-ext lint (dist/firefox)', () => webExtLint()],
];

export async function lint() {
  const results = [];
  for (const [name, check] of LINT_CHECKS) {
    const ok = await check();
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
    results.push({ name, ok });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // web-ext lint reads the Firefox build, so lint what the sources build to now.
  if ((await run(process.execPath, ['scripts/build.mjs'])) !== 0) process.exit(1);
  const results = await lint();
  process.exit(results.every((result) => result.ok) ? 0 : 1);
}
