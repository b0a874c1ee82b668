import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageOf } from '../../vite.config';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

/** The build ships the licence of every package its chunks contain (vite.config.ts, shipLicences). */
describe('licences shipped with the extension', () => {
  it.each([
    ['/work/node_modules/preact/dist/preact.module.js', 'preact', '/work/node_modules/preact'],
    ['/work/node_modules/@floating-ui/dom/dist/floating-ui.dom.mjs', '@floating-ui/dom', '/work/node_modules/@floating-ui/dom'],
    ['/work/node_modules/a/node_modules/@scope/b/index.js', '@scope/b', '/work/node_modules/a/node_modules/@scope/b'],
    ['\0/work/node_modules/fastest-levenshtein/esm/mod.js?commonjs-es-import', 'fastest-levenshtein', '/work/node_modules/fastest-levenshtein'],
    ['C:\\work\\node_modules\\@zxcvbn-ts\\core\\dist\\index.esm.js', '@zxcvbn-ts/core', 'C:\\work\\node_modules\\@zxcvbn-ts\\core'],
  ])('%s is from %s', (id, name, dir) => {
    expect(packageOf(id)).toEqual({ name, dir });
  });
  it('a module of ours is from no package', () => {
    expect(packageOf('/work/src/page/session.tsx')).toBeUndefined();
  });
  it.each(Object.keys(packageJson.dependencies))('runtime dependency %s has a licence file to ship', (name) => {
    expect(readdirSync(new URL(`../../node_modules/${name}/`, import.meta.url)).some((file) => /^licen[cs]e/i.test(file))).toBe(true);
  });
  it("the French dictionary's data notice, which its ODC-BY licence requires, is there to ship", () => {
    expect(readdirSync(new URL('../../node_modules/@zxcvbn-ts/language-fr/', import.meta.url))).toContain('NOTICE.md');
  });
});
