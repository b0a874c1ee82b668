// `npm test`: build, lint, unit tests, then the end-to-end tests in real Chromium and real Firefox.
// Every suite runs even when an earlier one fails; the last line sums them all: "N passed, N failed".
// A missing browser fails its suite with a message saying what to install; nothing is skipped.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { LINT_CHECKS } from './lint.mjs';
import { bin, run } from './run-step.mjs';

const RESULTS_DIR = 'test-results';
rmSync(RESULTS_DIR, { recursive: true, force: true });
mkdirSync(RESULTS_DIR, { recursive: true });

const suites = [];

/** Passed and failed counts from a vitest JSON report; a report that cannot be read counts as one failure. */
function countsFrom(report) {
  let json;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    return { passed: 0, failed: 1 };
  }
  let failed = json.numFailedTests;
  // A file that could not run (import error, failed setup) has no failed test but a failed suite.
  if (!json.success && failed === 0) failed = Math.max(1, json.numFailedTestSuites);
  const skipped = json.numPendingTests + json.numTodoTests;
  if (skipped > 0) console.error(`${report}: ${skipped} skipped tests count as failures`);
  return { passed: json.numPassedTests, failed: failed + skipped, failures: failedTestNames(json) };
}

/** "file › test name" of each failed test, so the summary at the end of a long log says what failed. */
function failedTestNames(json) {
  const names = [];
  for (const file of json.testResults ?? []) {
    const path = file.name.slice(file.name.lastIndexOf('/test/') + 1);
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) names.push(`${path} › ${test.fullName}`);
    if (failedTests.length === 0 && file.status === 'failed') names.push(`${path} (could not run)`);
  }
  return names;
}

/** Runs one vitest project and records its counts. */
async function vitestSuite(project) {
  const report = `${RESULTS_DIR}/${project}.json`;
  const code = await run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const { passed, failed, failures = [] } = countsFrom(report);
  suites.push({ name: project, passed, failed: code !== 0 && failed === 0 ? 1 : failed, failures });
}

const checks = { name: 'build and lint', passed: 0, failed: 0 };
suites.push(checks);
const built = (await run(process.execPath, ['scripts/build.mjs'])) === 0;
console.log(`${built ? 'PASS' : 'FAIL'} build (dist/chrome, dist/firefox)`);
checks[built ? 'passed' : 'failed'] += 1;
for (const [name, check] of LINT_CHECKS) {
  const ok = await check();
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
  checks[ok ? 'passed' : 'failed'] += 1;
}

await vitestSuite('unit');
await vitestSuite('e2e-chromium');
await vitestSuite('e2e-firefox');

console.log('\nSummary');
for (const suite of suites) {
  console.log(`  ${suite.name}: ${suite.passed} passed, ${suite.failed} failed`);
  for (const name of suite.failures ?? []) console.log(`    failed: ${name}`);
}
const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
