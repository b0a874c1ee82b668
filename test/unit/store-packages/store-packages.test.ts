import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipEntries } from '../../../scripts/deterministic-zip.mjs';
import { GECKO_ID } from '../../../vite.config';

/**
 * `npm run package`, twice, each run building in its own temporary copy of the source zip: the two
 * runs must give the same bytes, and the store packages must hold the extension, its licences, and
 * nothing else.
 */

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const KINDS = ['source', 'chrome', 'firefox'] as const;
type Kind = (typeof KINDS)[number];
type Manifest = Record<string, unknown> & {
  version: string;
  default_locale: string;
  icons: Record<string, string>;
  action: { default_icon: Record<string, string>; default_popup: string };
  background: { service_worker?: string; scripts?: string[] };
  content_scripts: { js: string[]; css?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
  storage: { managed_schema: string };
  browser_specific_settings?: { gecko: { id: string; data_collection_permissions: { required: string[] } } };
};

/** The vitest variables would make vite.config.ts leave out the extension plugins in the child builds. */
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));

/** What a store package may hold: the build of the extension, its locales, icons and licences. */
const SHIPPED = [
  /^manifest\.json$/,
  /^managed-schema\.json$/,
  /^service-worker-loader\.js$/,
  /^_locales\/(en|fr)\/messages\.json$/,
  /^icons\/icon(-\d+\.png|\.svg)$/,
  /^src\/popup\/index\.html$/,
  // The content script's entry, built by @crxjs as one classic script where the manifest names it.
  /^src\/content\/index\.js$/,
  /^assets\/[\w.-]+\.(js|css)$/,
  /^licenses\/[\w@.-]+\/[\w.-]+$/,
];
const isShipped = (path: string) => SHIPPED.some((pattern) => pattern.test(path)) && !/\.(map|ts|tsx)$/.test(path);

const workDir = mkdtempSync(join(tmpdir(), `${name}-package-test-`));
const zips = { first: {}, second: {} } as Record<'first' | 'second', Record<Kind, Uint8Array>>;
let bundled: string[] = [];

beforeAll(async () => {
  const packageInto = async (runName: 'first' | 'second') => {
    const out = join(workDir, runName);
    await run(process.execPath, ['scripts/package.mjs', '--no-lint', '--out', out], { cwd: root, env: childEnv });
    for (const kind of KINDS) zips[runName][kind] = readFileSync(join(out, `${name}-${version}-${kind}.zip`));
  };
  const listBundled = async () => {
    const { stdout } = await run(process.execPath, ['test/unit/store-packages/bundled-packages.mjs', join(workDir, 'bundle')], {
      cwd: root,
      env: childEnv,
    });
    // The list is the last line: the build may log before it (@crxjs reports its build of the entry).
    bundled = JSON.parse(stdout.trim().split('\n').at(-1)!) as string[];
  };
  await Promise.all([packageInto('first'), packageInto('second'), listBundled()]);
}, 180_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const unzipped = new Map<Kind, Record<string, Uint8Array>>();
/** The files of the first run's zip of this kind, by path. */
const files = (kind: Kind) => unzipped.get(kind) ?? unzipped.set(kind, unzipSync(zips.first[kind])).get(kind)!;
/** Whether a manifest path pattern (`*` for any run of characters within a folder) names the file. */
function globMatches(pattern: string, file: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}$`).test(file);
}

const manifestOf = (kind: 'chrome' | 'firefox') => JSON.parse(new TextDecoder().decode(files(kind)['manifest.json'])) as Manifest;

describe('npm run package', () => {
  it.each(KINDS)('gives the same %s zip, byte for byte, from two builds in two folders', (kind) => {
    expect(zips.first[kind].byteLength).toBeGreaterThan(0);
    expect(Buffer.from(zips.second[kind]).equals(Buffer.from(zips.first[kind]))).toBe(true);
  });

  it.each(KINDS)('stores the %s zip entries sorted, dated 1980-01-01 00:00, with fixed permissions', (kind) => {
    const entries = zipEntries(zips.first[kind]);
    const paths = entries.map((entry) => entry.path);
    expect(paths).toEqual([...paths].sort());
    for (const entry of entries) {
      expect(entry.date.getTime(), entry.path).toBe(new Date(1980, 0, 1).getTime());
      expect([0o100644, 0o100755], entry.path).toContain(entry.mode);
    }
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s package', (kind) => {
  it('holds only the built extension: no source, test, source map or dependency', () => {
    const unexpected = Object.keys(files(kind)).filter((path) => !isShipped(path));
    expect(unexpected).toEqual([]);
  });

  it("has a Manifest V3 manifest at this project's version, every file it names in the zip", () => {
    const manifest = manifestOf(kind);
    const inZip = new Set(Object.keys(files(kind)));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
    const named = [
      ...Object.values(manifest.icons),
      ...Object.values(manifest.action.default_icon),
      manifest.action.default_popup,
      ...manifest.content_scripts.flatMap((script) => [...script.js, ...(script.css ?? [])]),
      ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources),
      ...(manifest.background.scripts ?? []),
      ...(manifest.background.service_worker ? [manifest.background.service_worker] : []),
      manifest.storage.managed_schema,
      `_locales/${manifest.default_locale}/messages.json`,
    ];
    for (const path of named) {
      // A web-accessible resource may be a pattern (`assets/*.js`): it must name at least one file.
      if (path.includes('*'))
        expect(
          [...inZip].some((file) => globMatches(path, file)),
          path,
        ).toBe(true);
      else expect(inZip, path).toContain(path);
    }
  });

  it('has both locales, with every message the manifest uses', () => {
    const manifestText = new TextDecoder().decode(files(kind)['manifest.json']);
    const used = [...manifestText.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const lang of ['en', 'fr']) {
      const catalogue = JSON.parse(new TextDecoder().decode(files(kind)[`_locales/${lang}/messages.json`])) as Record<string, unknown>;
      for (const key of used) expect(catalogue, `${lang}: ${key}`).toHaveProperty(key);
    }
  });

  it('ships a licence for every package in the bundle, and the French dictionary data notice', () => {
    expect(bundled.length).toBeGreaterThan(0);
    const folders = new Set(
      Object.keys(files(kind))
        .filter((path) => path.startsWith('licenses/'))
        .map((path) => path.split('/')[1]),
    );
    expect([...folders].sort()).toEqual(bundled.map((pkg) => pkg.replace('/', '__')).sort());
    for (const pkg of bundled) {
      const licence = Object.keys(files(kind)).find((path) => path.startsWith(`licenses/${pkg.replace('/', '__')}/`) && /\/licen[cs]e/i.test(path));
      expect(licence, pkg).toBeDefined();
    }
    expect(Object.keys(files(kind))).toContain('licenses/@zxcvbn-ts__language-fr/NOTICE.md');
  });
});

describe('the manifests differ as each browser needs', () => {
  it('Chrome: a service worker, no Firefox settings', () => {
    const manifest = manifestOf('chrome');
    expect(manifest.background.service_worker).toBeDefined();
    expect(manifest.background.scripts).toBeUndefined();
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
  it('Firefox: an event page, our add-on id, and no data collected', () => {
    const manifest = manifestOf('firefox');
    expect(manifest.background.scripts?.length).toBeGreaterThan(0);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings?.gecko.id).toBe(GECKO_ID);
    expect(manifest.browser_specific_settings?.gecko.data_collection_permissions.required).toEqual(['none']);
  });
  it('both: the same permissions, each justified in the README and PRIVACY.md for the store review', () => {
    const permissionsOf = (manifest: Manifest) =>
      (['permissions', 'host_permissions', 'optional_permissions'] as const).flatMap((field) => (manifest[field] as string[] | undefined) ?? []);
    const permissions = permissionsOf(manifestOf('chrome'));
    expect(permissionsOf(manifestOf('firefox'))).toEqual(permissions);
    expect(permissions).toEqual(['storage', 'https://*.cnrs.fr/*', 'browsingData']);
    const section = (file: string) =>
      readFileSync(join(root, file), 'utf8')
        .split(/^## Permissions$/m)[1]
        ?.split(/^## /m)[0] ?? '';
    for (const permission of permissions) {
      expect(section('README.md'), `README.md: ${permission}`).toContain(`\`${permission}\``);
      expect(section('PRIVACY.md'), `PRIVACY.md: ${permission}`).toContain(`\`${permission}\``);
    }
  });
});

describe('the source package', () => {
  const paths = () => Object.keys(files('source'));

  it('holds what the reviewers need to rebuild: the build instructions, the lockfile, the scripts, the sources', () => {
    for (const path of [
      'BUILD.md',
      'package.json',
      'package-lock.json',
      'scripts/package.mjs',
      'scripts/build.mjs',
      'vite.config.ts',
      'manifest.json',
      'src/content/index.ts',
    ]) {
      expect(paths()).toContain(path);
    }
  });

  it('holds no dependency, build output or package', () => {
    expect(paths().filter((path) => /^(node_modules|dist|packages)\//.test(path))).toEqual([]);
  });

  it('is what git tracks, when run in a git checkout', async () => {
    if (!existsSync(join(root, '.git'))) {
      // An unpacked source zip has no git: its file list comes from .gitignore (scripts/source-files.mjs).
      expect(paths()).toContain('.gitignore');
      return;
    }
    const { stdout } = await run('git', ['ls-files', '-z'], { cwd: root });
    expect(paths()).toEqual(stdout.split('\0').filter(Boolean).sort());
  });

  it("is refused by the store packages' allow-list (the check above can fail)", () => {
    const refused = paths().filter((path) => !isShipped(path));
    expect(refused).toEqual(expect.arrayContaining(['src/content/index.ts', 'test/fixtures/pages/janus/login.html', 'package.json', 'BUILD.md']));
  });
});
