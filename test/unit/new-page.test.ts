import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);
/** What the scaffold reads and writes, copied so that the real tree is never touched. */
const COPIED = ['scripts/new-page.ts', 'src/rules', 'assets/_locales'];

let copy: string;
const newPage = (...args: string[]) =>
  run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(copy, 'scripts/new-page.ts'), ...args], { cwd: copy }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
  );
const read = (path: string) => readFileSync(join(copy, path), 'utf8');
const catalogue = (lang: string) => JSON.parse(read(`assets/_locales/${lang}/messages.json`)) as Record<string, { message: string }>;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'new-page-'));
  for (const path of COPIED) cpSync(join(ROOT, path), join(copy, path), { recursive: true });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run new-page', () => {
  it('starts a page of an existing site in its rule file, a fixture and both catalogues, everything to write marked TODO', async () => {
    const { code } = await newPage('janus/consent', 'https://janus.cnrs.fr/idp/profile/consent');
    expect(code).toBe(0);
    const rules = read('src/rules/janus.ts');
    expect(rules).toMatch(/id: 'janus\/consent',\n\s+name: 'here_page_janus_consent'/);
    expect(rules.trimEnd().endsWith('} as const satisfies SiteRules;')).toBe(true);
    const fixture = read('test/fixtures/pages/janus/consent.html');
    expect(fixture).toMatch(/@fixture\n\s+url: https:\/\/janus\.cnrs\.fr\/idp\/profile\/consent\n\s+expect: janus\/consent\n\s+lang: fr\n/);
    expect(fixture).toContain('data-expect-hint="janus-consent"');
    for (const lang of ['en', 'fr']) {
      expect(catalogue(lang)['here_page_janus_consent']?.message).toMatch(/TODO/);
      expect(catalogue(lang)['hint_janus_consent']?.message).toMatch(/^« \$FIELD\$ »: TODO/);
    }
  });
  it('gives a new site a file of its own, registered among the rule files', async () => {
    const { code } = await newPage('reseda/search', 'https://reseda.cnrs.fr/recherche');
    expect(code).toBe(0);
    expect(read('src/rules/reseda.ts')).toContain("hosts: ['reseda.cnrs.fr']");
    expect(read('src/rules/index.ts')).toMatch(/import reseda from '.\/reseda';[\s\S]*RULE_FILES = \[[^\]]*, reseda\] as const/);
    expect(catalogue('en')['settings_site_reseda']?.message).toMatch(/TODO/);
  });
  it.each([
    [['Janus/Login', 'https://janus.cnrs.fr/'], /not a page id/],
    [['janus/login', 'https://janus.cnrs.fr/'], /already in src\/rules\/janus\.ts/],
    [['janus/other', 'https://example.org/'], /CNRS host/],
    [['janus/other'], /usage/],
  ])('refuses %j', async (args, message) => {
    const { code, output } = await newPage(...args);
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(existsSync(join(copy, 'test/fixtures/pages/janus/other.html'))).toBe(false);
  });
});
