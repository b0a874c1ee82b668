/**
 * `npm run bench`: prints timing figures for a person to read; it asserts nothing (timings on a shared
 * machine are noisy, so no test depends on them). Run it on an otherwise idle machine.
 */
import { benchPassword } from './password.bench-core';

console.log(await benchPassword());
