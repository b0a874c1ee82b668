// `npm run package`: the store packages, built from the source zip that goes to the reviewers.
//   packages/<name>-<version>-source.zip   the project's files (those git tracks), with BUILD.md
//   packages/<name>-<version>-chrome.zip   for the Chrome Web Store (and Edge Add-ons)
//   packages/<name>-<version>-firefox.zip  for addons.mozilla.org
// The source zip is unpacked in a fresh temporary folder, with node_modules linked to this project's,
// and built there: the packages can only hold what the source zip holds, and the project's own dist/
// is left alone. Every zip is deterministic (scripts/deterministic-zip.mjs); web-ext lint must find no
// error in the Firefox package.
//
// Options: --out <dir> (default: packages), --no-lint, --verify (then redo the reviewers' path in
// another temporary folder: unpack the source zip, `npm ci`, `npm run package`, compare the bytes).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractZip, zipDirectory, zipFiles } from './deterministic-zip.mjs';
import { webExtLint } from './lint.mjs';
import { run } from './run-step.mjs';
import { sourceFiles, uncommittedChanges } from './source-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: 'packages' },
    'no-lint': { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
  },
});
const outDir = resolve(options.out);

const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifestVersion = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).version;
const FILE_NAMES = {
  source: `${name}-${version}-source.zip`,
  chrome: `${name}-${version}-chrome.zip`,
  firefox: `${name}-${version}-firefox.zip`,
};

/** Stops the packaging with a message (temporary folders are removed on the way out, except a verify mismatch's). */
function fail(message) {
  throw new Error(message);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * The environment of the build. A build started from a vitest run inherits VITEST, with which
 * vite.config.ts leaves the extension plugins out (they are for `vite build`, not for tests).
 */
function buildEnvironment() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
}

/** The source zip, and the Chrome and Firefox packages built from it; returns the three zips' bytes. */
async function makePackages() {
  let since = performance.now();
  const files = sourceFiles(root);
  for (const change of uncommittedChanges(root)) console.warn(`package: uncommitted change in the source zip: ${change}`);
  const source = zipFiles(root, files);
  console.log(`source zip: ${files.length} files (${seconds(since)})`);

  if (!existsSync(join(root, 'node_modules'))) fail('no node_modules: run `npm ci` first');
  const buildDir = mkdtempSync(join(tmpdir(), `${name}-build-`));
  try {
    since = performance.now();
    extractZip(source, buildDir);
    symlinkSync(realpathSync(join(root, 'node_modules')), join(buildDir, 'node_modules'), 'dir');
    if ((await run(process.execPath, ['scripts/build.mjs'], { cwd: buildDir, env: buildEnvironment() })) !== 0) fail('the build failed');
    const packages = { source, chrome: zipDirectory(join(buildDir, 'dist/chrome')), firefox: zipDirectory(join(buildDir, 'dist/firefox')) };
    console.log(`built from the source zip in ${buildDir} (${seconds(since)})`);

    if (!options['no-lint']) {
      since = performance.now();
      const unpacked = join(buildDir, 'firefox-package');
      extractZip(packages.firefox, unpacked);
      const ok = await webExtLint(unpacked);
      console.log(`web-ext lint of the Firefox package (${seconds(since)})`);
      if (!ok) fail('web-ext lint found errors in the Firefox package');
    }
    return packages;
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

/** The reviewers' path, from the source zip alone: unpack, `npm ci`, `npm run package`; same bytes? */
async function verify(packages) {
  const reviewerDir = mkdtempSync(join(tmpdir(), `${name}-review-`));
  console.log(`\nverify: the reviewers' path in ${reviewerDir}`);
  extractZip(packages.source, reviewerDir);
  for (const [label, args] of [
    ['npm ci', ['ci', '--no-audit', '--no-fund']],
    ['npm run package', ['run', 'package']],
  ]) {
    const since = performance.now();
    if ((await run('npm', args, { cwd: reviewerDir, env: buildEnvironment() })) !== 0) fail(`verify: \`${label}\` failed in ${reviewerDir}`);
    console.log(`verify: ${label} (${seconds(since)})`);
  }
  let same = true;
  for (const [kind, fileName] of Object.entries(FILE_NAMES)) {
    const rebuilt = join(reviewerDir, 'packages', fileName);
    const theirs = existsSync(rebuilt) ? sha256(readFileSync(rebuilt)) : 'missing';
    const ours = sha256(packages[kind]);
    console.log(`verify: ${kind.padEnd(7)} ${ours === theirs ? 'identical' : 'DIFFERENT'}  ours ${ours}  reviewers' ${theirs}`);
    same &&= ours === theirs;
  }
  if (!same) fail(`verify: the reviewers' packages differ; they are kept in ${join(reviewerDir, 'packages')}`);
  rmSync(reviewerDir, { recursive: true, force: true });
  console.log("verify: the reviewers' path gives byte-identical packages");
}

try {
  if (manifestVersion !== version) fail(`manifest.json says version ${manifestVersion}, package.json ${version}: make them agree`);
  const started = performance.now();
  const packages = await makePackages();
  mkdirSync(outDir, { recursive: true });
  console.log('');
  for (const [kind, fileName] of Object.entries(FILE_NAMES)) {
    writeFileSync(join(outDir, fileName), packages[kind]);
    const shown = relative(process.cwd(), join(outDir, fileName));
    console.log(`${shown.startsWith('..') ? join(outDir, fileName) : shown}  ${packages[kind].byteLength} bytes  sha256 ${sha256(packages[kind])}`);
  }
  console.log(`packaged in ${seconds(started)}`);
  if (options.verify) await verify(packages);
} catch (error) {
  console.error(`package: ${error.message}`);
  process.exitCode = 1;
}
