import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import chromeManifest from './manifest.json' with { type: 'json' };
import { siteSketches } from './scripts/site-sketches-plugin.ts';
import { OVERLAY_FILE } from './src/content/second-stage-files.ts';
import { PASSWORD_PANEL_CHUNK, PASSWORD_PANEL_FILE } from './src/password-panel/chunk.ts';

/** Where each target is built; the e2e tests and the demo load the extension from here. */
export const DIST = { chrome: 'dist/chrome', firefox: 'dist/firefox' } as const;
type Target = keyof typeof DIST;

/** The chunks that the content script's entry asks for by name (src/content/second-stage-files.ts), by chunk name. */
const FIXED_CHUNK_FILES: Readonly<Record<string, string>> = { overlay: OVERLAY_FILE, [PASSWORD_PANEL_CHUNK]: PASSWORD_PANEL_FILE };

/**
 * Chunks follow folders. The overlay chunk holds what a recognised page needs: the page session, the
 * engine, the rules, the overlay's UI, the checklist, the field checks and the shared modules, with the
 * packages they use; a new file there goes with it, and what only the popup or the background uses lives
 * elsewhere (src/sites/…). The password panel (src/password-panel/password-panel.tsx) is imported
 * on demand, so its chunk, named after it, holds it and the password core that nothing else imports.
 */
const OVERLAY_FOLDERS = ['src/page/', 'src/engine/', 'src/rules/', 'src/ui/', 'src/checklist/', 'src/checks/', 'src/shared/'];
const OVERLAY_PACKAGES = ['preact', '@floating-ui/', 'webextension-polyfill', 'dom-accessibility-api'];
const inFolders = (folders: readonly string[]) => (id: string) => folders.some((folder) => id.includes(`/${folder}`));
const inPackages = (packages: readonly string[]) => (id: string) => packages.some((name) => id.includes(`/node_modules/${name}`));

/**
 * Our add-on id on Firefox. A UUID rather than an e-mail-like id, because the project owns no domain.
 * Never change it: Firefox keys the person's stored data by it.
 */
export const GECKO_ID = '{6f0a8f4e-2c1b-4d5e-9a47-3b8e1c2d9f10}';

/**
 * manifest.json is written for Chrome. Firefox differs in three ways: no service worker (an event page
 * listed under `background.scripts`), an explicit add-on id, and the data-collection declaration that AMO
 * requires (we collect nothing). 140 is the first desktop Firefox to understand `data_collection_permissions`.
 */
function firefoxManifest(): ManifestV3Export {
  const { background, ...rest } = chromeManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learnt data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

/** Where a bundled module's npm package is, and its name: `…/node_modules/@floating-ui/dom/dist/x.mjs` → `@floating-ui/dom`. */
export function packageOf(moduleId: string): { readonly name: string; readonly dir: string } | undefined {
  const match = /^\0?(.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+))[\\/]/.exec(moduleId);
  return match ? { name: match[2]!.replace('\\', '/'), dir: match[1]! } : undefined;
}

/**
 * Every package whose code ends up in a chunk ships its licence files (and the French dictionary's data
 * notice, which its ODC-BY licence requires to travel with it) under `licenses/`: the list is the bundle's
 * own module graph, so a new dependency brings its licence without anyone keeping a list. A bundled
 * package without a licence file fails the build.
 */
function shipLicences(): Plugin {
  return {
    name: 'ship-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages = new Map<string, string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of Object.keys(output.modules)) {
          const found = packageOf(id);
          if (found) packages.set(found.name, found.dir);
        }
      }
      for (const [name, dir] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
        const files = readdirSync(dir).filter((entry) => /^(licen[cs]e|notice|third_party_licenses)/i.test(entry));
        if (!files.some((file) => /^licen[cs]e/i.test(file))) this.error(`${name} is bundled but has no licence file to ship`);
        for (const file of files) {
          this.emitFile({ type: 'asset', fileName: `licenses/${name.replace('/', '__')}/${file}`, source: readFileSync(`${dir}/${file}`) });
        }
      }
    },
  };
}

/**
 * The content script's entry runs on every CNRS page: crxjs builds it as one classic script (IIFE), with
 * no loader and no module to fetch. That build does not run this config's plugins, so what the entry needs
 * from them comes as a `define` constant (scripts/site-sketches-plugin.ts).
 */
const CONTENT_ENTRY = 'src/content/index.ts';

const BROWSER_TESTS = { testTimeout: 90_000, hookTimeout: 120_000, fileParallelism: false, pool: 'forks' } as const;

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const manifest = target === 'firefox' ? firefoxManifest() : (chromeManifest as ManifestV3Export);
  return {
    // assets/ holds _locales and icons, copied as they are to the root of each build.
    publicDir: 'assets',
    plugins: process.env.VITEST
      ? [preact()]
      : [preact(), siteSketches(), crx({ manifest, browser: target, contentScripts: { standaloneFiles: [CONTENT_ENTRY] } }), shipLicences()],
    build: {
      outDir: DIST[target],
      emptyOutDir: true,
      // Both browsers we support run ES2022; no down-levelling keeps the content script small.
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      // The strength estimator's dictionaries are two chunks of ~430 and ~630 KB, loaded only on GAIA's
      // password page once something is typed (test/e2e/build-output.e2e.ts); nothing else comes close.
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        output: {
          // Chunks the content script's entry asks for by name have fixed names (second-stage-files.ts).
          chunkFileNames: (chunk) => FIXED_CHUNK_FILES[chunk.name] ?? 'assets/[name]-[hash].js',
          codeSplitting: {
            groups: [
              // What a recognised page needs (rules, engine, overlay, storage, Preact), in one file beside
              // content-second-stage.js: each file a content script imports costs a round trip, tens of milliseconds
              // on a busy machine. The password panel and its estimator stay apart, for GAIA's password page: the
              // entry asks for the panel in the same round where a site has such a page.
              { name: 'overlay', test: (id) => inFolders(OVERLAY_FOLDERS)(id) || inPackages(OVERLAY_PACKAGES)(id) },
            ],
          },
        },
      },
    },
    test: {
      projects: [
        {
          extends: true,
          // Late-rendered replicas are waited for in real time: a few seconds each.
          test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'], testTimeout: 20_000, maxConcurrency: 16 },
        },
        {
          extends: true,
          test: { name: 'e2e-chromium', include: ['test/e2e/**/*.e2e.ts'], env: { E2E_BROWSER: 'chromium' }, ...BROWSER_TESTS },
        },
        {
          extends: true,
          test: { name: 'e2e-firefox', include: ['test/e2e/**/*.e2e.ts'], env: { E2E_BROWSER: 'firefox' }, ...BROWSER_TESTS },
        },
      ],
    },
  };
});
