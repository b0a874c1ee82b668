import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKAGES } from '../../vite.config';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

describe('licences shipped with the extension', () => {
  it('cover every runtime dependency', () => {
    for (const name of Object.keys(packageJson.dependencies)) expect(BUNDLED_PACKAGES).toContain(name);
  });
  it.each(BUNDLED_PACKAGES)('%s has a licence file to ship', (name) => {
    const dir = new URL(`../../node_modules/${name}/`, import.meta.url);
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir).some((file) => /^licen[cs]e/i.test(file))).toBe(true);
  });
  it("keeps the French dictionary's data notice, which its ODC-BY licence requires", () => {
    expect(readdirSync(new URL('../../node_modules/@zxcvbn-ts/language-fr/', import.meta.url))).toContain('NOTICE.md');
  });
});
