/**
 * `npm run new-page -- <site>/<page> <url>`: the start of a new page, in the only places a page lives.
 *
 * - its rule, appended to `src/rules/<site>.ts` (a new site gets its own file, registered in index.ts);
 * - its fixture, `test/fixtures/pages/<site>/<page>.html`, whose header says where it is served and
 *   which page it must be recognised as;
 * - its two messages (the page's name, its first hint) in both catalogues.
 *
 * Everything to be written by a person says TODO, and the tests fail until it is gone: the source is not
 * in docs/sources.md, a message still says TODO, the fixture shows no hint. CONTRIBUTING.md walks
 * through filling it in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const ROOT = new URL('../', import.meta.url);
const at = (path: string) => new URL(path, ROOT);

function fail(message: string): never {
  console.error(`new-page: ${message}`);
  process.exit(1);
}

const [pageId, url] = process.argv.slice(2);
const usage =
  'usage: npm run new-page -- <site>/<page> <url>, e.g. npm run new-page -- sesame/reset-code https://sesame.cnrs.fr/password-reset/token';
if (!pageId || !url) fail(usage);
const idMatch = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(pageId);
if (!idMatch) fail(`« ${pageId} » is not a page id: lower-case « site/page-name ». ${usage}`);
const [, site, page] = idMatch as unknown as [string, string, string];
let host: string;
try {
  host = new URL(url).hostname;
} catch {
  fail(`« ${url} » is not a URL. ${usage}`);
}
if (new URL(url).protocol !== 'https:' || !/(^|\.)cnrs\.fr$/.test(host))
  fail(`the page must be served over https on a CNRS host (*.cnrs.fr), not ${url}`);

const snake = (text: string) => text.replace(/-/g, '_');
const pageName = `here_page_${site}_${snake(page)}`;
const hintId = `${site}-${page}`;
const hintMessage = `hint_${site}_${snake(page)}`;

const pageRule = `    {
      id: '${pageId}',
      name: '${pageName}',
      // TODO: quote the passage of the procedure (or the fact of docs/sources.md) that describes this page.
      // Recognise it by what a person sees: its title, a choice, a field's label (in French and English).
      recognisedBy: [{ text: ['TODO: a phrase only this page shows'] }],
      hints: [
        {
          id: '${hintId}',
          message: '${hintMessage}',
          anchor: [{ field: ['TODO: the label of the field the hint is about'] }],
          args: [{ nameOf: { field: ['TODO: the same label'] } }],
          // TODO: quote the passage the hint says.
          source: ['TODO: an id of docs/sources.md'],
        },
      ],
    },
`;

/** The rule goes last in its site's file; a new site gets a file of its own, registered in index.ts. */
function addRule(): string {
  const path = `src/rules/${site}.ts`;
  if (!existsSync(at(path))) {
    writeFileSync(
      at(path),
      `import type { SiteRules } from './types';

/** TODO: what the site is, and where docs/sources.md speaks of it. */
export default {
  id: '${site}',
  name: 'settings_site_${site}',
  hosts: ['${host}'],
  pages: [
${pageRule}  ],
} as const satisfies SiteRules;
`,
    );
    const index = readFileSync(at('src/rules/index.ts'), 'utf8');
    const registered = index
      .replace(/^(import type \{ SiteRules \})/m, `import ${site} from './${site}';\n$1`)
      .replace(/(const RULE_FILES = \[[^\]]*?)\] as const;/, `$1, ${site}] as const;`);
    if (registered === index) fail('could not register the new site in src/rules/index.ts: add it to RULE_FILES by hand');
    writeFileSync(at('src/rules/index.ts'), registered);
    addMessages({ [`settings_site_${site}`]: 'TODO: the site, as the popup names it' });
    return `${path} (new site, registered in src/rules/index.ts)`;
  }
  const text = readFileSync(at(path), 'utf8');
  if (text.includes(`id: '${pageId}'`)) fail(`${pageId} is already in ${path}`);
  const end = /\n {2}\],\n\} as const satisfies SiteRules;\n$/;
  if (!end.test(text)) fail(`${path} does not end with its pages' list as the other rule files do: add the page by hand (CONTRIBUTING.md)`);
  writeFileSync(at(path), text.replace(end, `\n${pageRule}  ],\n} as const satisfies SiteRules;\n`));
  return path;
}

function addFixture(): string {
  const path = `test/fixtures/pages/${pageId}.html`;
  if (existsSync(at(path))) fail(`${path} exists already`);
  mkdirSync(dirname(at(path).pathname), { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(
    at(path),
    `<!--
  @fixture
  url: ${url}
  expect: ${pageId}
  lang: fr
  note: TODO: the page in one line.
-->
<!--
  Replica of: TODO: the page, as the procedure shows it.
  Markup source: TODO: where its visible text comes from (the procedure's screenshot, a checked fact).
  GUESS: TODO: what is invented (markup, layout, names).
  Fixture written ${today}.
-->
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TODO: the page's title</title>
</head>
<body>
<main>
  <h1>TODO: the page's heading</h1>
  <form method="post" action="#">
    <label for="field">TODO: the label of the field</label>
    <input id="field" name="field" type="text" data-expect-hint="${hintId}">
    <button type="submit">TODO: the button's text</button>
  </form>
</main>
</body>
</html>
`,
  );
  return path;
}

type Catalogue = Record<string, { message: string; description: string; placeholders?: Record<string, { content: string; example: string }> }>;

function addMessages(messages: Record<string, string>, placeholders?: Catalogue[string]['placeholders']) {
  for (const lang of ['en', 'fr']) {
    const path = at(`assets/_locales/${lang}/messages.json`);
    const catalogue = JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
    for (const [key, message] of Object.entries(messages)) {
      if (catalogue[key]) fail(`${key} is already in the ${lang} catalogue`);
      catalogue[key] = {
        message,
        description: `${pageId}: TODO: where it shows, and its source.`,
        ...(placeholders && key === hintMessage ? { placeholders } : {}),
      };
    }
    writeFileSync(path, `${JSON.stringify(catalogue, null, 2)}\n`);
  }
}

const touched = [addRule(), addFixture()];
addMessages(
  { [pageName]: `TODO: the page, in words (${pageId})`, [hintMessage]: '« $FIELD$ »: TODO: what to do there, in the words of the procedure' },
  { field: { content: '$1', example: 'TODO: the label of the field' } },
);
touched.push('assets/_locales/en/messages.json', 'assets/_locales/fr/messages.json');

console.log(`new-page: ${pageId} started in\n${touched.map((path) => `  ${path}`).join('\n')}
Next: replace every TODO (CONTRIBUTING.md, « Adding a page »), then \`npm run generate\` and \`npm run test:unit\`.`);
