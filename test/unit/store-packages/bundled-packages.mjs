// Prints, as JSON, the npm packages whose modules end up in the extension's bundle, for both browsers:
// the list whose licences the packages must ship. Builds into the folder given as argument (never dist/).
// Run by store-packages.test.ts in its own process: vite.config.ts builds the extension only outside vitest.
import { join } from 'node:path';
import { build } from 'vite';

const [outDir] = process.argv.slice(2);
process.env.NODE_ENV = 'production';
const packages = new Set();
const listPackages = {
  name: 'list-bundled-packages',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const id of Object.keys(chunk.modules)) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
        if (name) packages.add(name);
      }
    }
  },
};
for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: 'error', plugins: [listPackages], build: { outDir: join(outDir, mode) } });
}
// Last line of the output: the build itself may log before it.
console.log(JSON.stringify([...packages].sort()));
