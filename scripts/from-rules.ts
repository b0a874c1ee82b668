/**
 * What is written from the rule files rather than by hand: the managed schema's list of sites, and the
 * README's page table and list of cleared hosts. `npm run generate` writes them; test/unit/generated.test.ts
 * fails, saying to run it, when a checked-in copy is out of date.
 */
import { readFileSync } from 'node:fs';
import english from '../assets/_locales/en/messages.json' with { type: 'json' };
import { SITES } from '../src/rules';
import type { PageRule } from '../src/rules/types';
import { knownCnrsHosts } from '../src/sites/cnrs-sites';
import { FIXTURES } from '../test/fixtures/pages';

const ROOT = new URL('../', import.meta.url);
const catalogue = english as Record<string, { message: string }>;

export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

function managedSchema(text: string): string {
  const schema = JSON.parse(text) as { properties: { sitesOff: { description: string; items: { enum: string[] } } } };
  const ids = SITES.map((site) => site.id);
  schema.properties.sitesOff.description = `Site ids: ${ids.join(', ')}.`;
  schema.properties.sitesOff.items.enum = ids;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** « NEO, Sygefor »: the procedures a page's hints come from, linked to docs/sources.md. */
function procedures(page: PageRule): string {
  const ids = [...new Set(page.hints.flatMap((hint) => hint.source).filter((source) => source.startsWith('procedure:')))];
  return ids.map((id) => `[${id}](docs/sources.md#${id.replace(':', '')})`).join(', ');
}

function hintCount(page: PageRule): string {
  const checker = page.hints.some((hint) => hint.passwordChecker) ? ', with the password checker' : '';
  const remembered = page.remembers ? ', plus 2 from the remembered mode' : '';
  return `${page.hints.length}${checker}${remembered}`;
}

function replicaCount(pageId: string, independent: boolean): string {
  const replicas = FIXTURES.filter((fixture) => fixture.expect === pageId && fixture.independent === independent);
  if (independent) return String(replicas.length);
  const kind = (fixture: (typeof replicas)[number]) => (fixture.rendersAfterMs ? 'late-rendered' : fixture.lang === 'en' ? 'English' : 'French');
  const kinds = ['French', 'English', 'late-rendered'].filter((name) => replicas.some((fixture) => kind(fixture) === name));
  return `${replicas.length} (${kinds.join(', ')})`;
}

function pageTable(): string {
  const rows = SITES.flatMap((site) =>
    site.pages.map(
      (page) =>
        `| \`${page.id}\` | ${catalogue[page.name]!.message} | ${hintCount(page)} | ${replicaCount(page.id, false)} | ${replicaCount(page.id, true)} | ${procedures(page)} |`,
    ),
  );
  const none = (independent: boolean) => FIXTURES.filter((fixture) => fixture.expect === null && fixture.independent === independent).length;
  return [
    '| page id | the page | hints | our replicas | independent replicas | procedures |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `${none(false)} more of our replicas, and ${none(true)} independent ones, are pages of the same sites that must get no UI (a`,
    "CNRS news article, Janus's logout page, GAIA's account page, help articles and FAQs quoting the pages'",
    'wording, a Sygefor course list…).',
  ].join('\n');
}

function clearedHosts(): string {
  const hosts = knownCnrsHosts().map((host) => `\`${host}\``);
  return `The hosts cleared are those the rules name, ${hosts.join(', ')}, and the current tab's host when it is a CNRS page.`;
}

/** Replaces what sits between `<!-- generated: name -->` and `<!-- end generated -->`. */
function fill(text: string, name: string, content: string): string {
  const pattern = new RegExp(`(<!-- generated: ${name} [^>]*-->\\n)[\\s\\S]*?(\\n<!-- end generated -->)`);
  if (!pattern.test(text)) throw new Error(`README.md has no <!-- generated: ${name} … --> section`);
  return text.replace(pattern, (_all, start: string, end: string) => `${start}${content}${end}`);
}

export function generatedFiles(): GeneratedFile[] {
  const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
  const readme = fill(fill(read('README.md'), 'pages', pageTable()), 'cleared-hosts', clearedHosts());
  return [
    { path: 'assets/managed-schema.json', text: managedSchema(read('assets/managed-schema.json')) },
    { path: 'README.md', text: readme },
  ];
}
