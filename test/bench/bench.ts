/**
 * `npm run bench`: figures for a person to read, and the budgets they must meet. It builds the extension, then
 * measures the password checker's core in Node and the extension in a real Chromium (each figure beside
 * the same page without the extension). It exits with 1 when a budget is missed. CI does not run it:
 * timings on a shared machine are noisy; run it on an otherwise idle machine.
 */
import { execFileSync } from 'node:child_process';
import { benchExtension } from './extension.bench-core';
import { benchLongPastes, benchPassword } from './password.bench-core';

/** `npm run bench -- churn`: only the pages that keep changing (a minute or so instead of eight). */
const only = process.argv.includes('churn') ? 'churn' : undefined;

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const pastes = only ? undefined : await benchLongPastes();
if (pastes) {
  console.log(await benchPassword());
  console.log(pastes.lines.join('\n'));
  console.log('');
}

const { lines, budgets } = await benchExtension(only);
console.log(lines.join('\n'));
if (pastes) budgets.unshift({ label: 'password check of the slowest 10,000-character paste', value: pastes.slowestMs, limit: 50, unit: 'ms' });
console.log('\nBudgets:');
let missed = 0;
for (const { label, value, limit, unit } of budgets) {
  const ok = value <= limit;
  if (!ok) missed += 1;
  const shown = unit === 'ms' || unit === '%' ? value.toFixed(2) : String(value);
  console.log(`  ${ok ? 'met   ' : 'MISSED'} ${label}: ${shown} ${unit} (budget ≤ ${limit} ${unit})`);
}
console.log(missed === 0 ? `All ${budgets.length} budgets met.` : `${missed} of ${budgets.length} budgets missed.`);
process.exitCode = missed === 0 ? 0 : 1;
