import { runnerImport, type Plugin } from 'vite';
import type * as SketchModule from '../src/engine/sketch';
import type { SiteSketch } from '../src/engine/sketch';
import type { SiteRules } from '../src/rules/types';

const SKETCHES_ID = 'virtual:site-sketches';
const RULES_ID = 'virtual:site-rules';
const LAZY_URL_ID = 'virtual:content-lazy-url';
const LAZY_FILE = 'assets/content-lazy.js';

/** A sketch as JavaScript source: JSON, except that path patterns stay regular-expression literals. */
function sketchSource(sketch: SiteSketch): string {
  const pages = sketch.pages.map(({ paths, ...rest }) => {
    const json = JSON.stringify(rest);
    return paths ? `{paths:[${paths.map(String).join(',')}],${json.slice(1)}` : json;
  });
  const hosts = sketch.hosts ? `hosts:${JSON.stringify(sketch.hosts)},` : '';
  return `{id:${JSON.stringify(sketch.id)},${hosts}pages:[${pages.join(',')}]}`;
}

/**
 * Generates three modules. Two come from the rule files, which stay the one place where a site is described:
 * - `virtual:site-sketches`, for the content script's entry: each site's sketch (src/engine/sketch.ts),
 *   so that the entry never carries the rules themselves;
 * - `virtual:site-rules`: a dynamic import of each site's rule file, which makes each site its own chunk.
 * The third, `virtual:content-lazy-url`, is the URL of src/content/lazy.ts, emitted as a chunk of its own.
 */
export function siteSketches(): Plugin {
  const root = new URL('..', import.meta.url).pathname;
  const ruleFile = (id: string) => `${root}src/rules/${id}.ts`;
  let sites: Promise<readonly SiteRules[]> | undefined;
  const loadSites = () => (sites ??= runnerImport<{ SITES: readonly SiteRules[] }>(`${root}src/rules/index.ts`).then(({ module }) => module.SITES));
  return {
    name: 'site-sketches',
    buildStart() {
      sites = undefined; // rule files may have changed since the last build (watch mode)
      // The content script's second stage, which its entry imports by URL (src/content/index.ts).
      if (this.environment.config.command === 'build') this.emitFile({ type: 'chunk', id: `${root}src/content/lazy.ts`, fileName: LAZY_FILE });
    },
    resolveId: (id) => ([SKETCHES_ID, RULES_ID, LAZY_URL_ID].includes(id) ? `\0${id}` : undefined),
    load: {
      // Called for these modules only (the filter spares the bundler a call per module).
      filter: { id: /^\0virtual:(site-|content-lazy)/ },
      async handler(id) {
        if (id === `\0${SKETCHES_ID}`) {
          const sites = await loadSites();
          const { module: sketches } = await runnerImport<typeof SketchModule>(`${root}src/engine/sketch.ts`);
          for (const site of sites) this.addWatchFile(ruleFile(site.id));
          return `export const SITE_SKETCHES=[${sites.map((site) => sketchSource(sketches.sketchSite(site))).join(',\n')}];`;
        }
        if (id === `\0${LAZY_URL_ID}`) {
          // Beside the importing chunk in assets/. A fixed name: the folder the build runs in must not
          // change any byte of it (the store packages are reproducible).
          return `const file = ${JSON.stringify(LAZY_FILE.slice('assets/'.length))};\nexport default new URL(file, import.meta.url).href;`;
        }
        if (id === `\0${RULES_ID}`) {
          // The file name is the site's id (test/unit/catalogues.test.ts checks it).
          const loaders = (await loadSites()).map((site) => `${JSON.stringify(site.id)}:()=>import(${JSON.stringify(ruleFile(site.id))})`);
          return `export const SITE_RULES={${loaders.join(',\n')}};`;
        }
        return undefined;
      },
    },
  };
}
