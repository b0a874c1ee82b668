// `npm run demo`: builds both targets, then shows the extension working on the local replicas
// (see test/demo/demo.ts).
import { bin, run } from './run-step.mjs';

if ((await run(process.execPath, ['scripts/build.mjs'])) !== 0) process.exit(1);
process.exit(await run(bin('tsx'), ['test/demo/demo.ts', ...process.argv.slice(2)]));
