import { runnerImport, type Plugin } from 'vite';
import type * as SketchModule from '../src/engine/sketch';
import type { SiteSketch } from '../src/engine/sketch';
import type { SiteRules } from '../src/rules/types';

const SKETCHES_ID = 'virtual:site-sketches';
const RULES_ID = 'virtual:site-rules';

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
 * Generates two modules from the rule files, which stay the one place where a site is described:
 * - `virtual:site-sketches`, for the content script's entry: each site's sketch (src/engine/sketch.ts),
 *   so that the entry never carries the rules themselves;
 * - `virtual:site-rules`: a dynamic import of each site's rule file, which makes each site its own chunk.
 */
export function siteSketches(): Plugin {
  const root = new URL('..', import.meta.url).pathname;
  const ruleFile = (id: string) => `${root}src/rules/${id}.ts`;
  const loadSites = async () => (await runnerImport<{ SITES: readonly SiteRules[] }>(`${root}src/rules/index.ts`)).module.SITES;
  return {
    name: 'site-sketches',
    resolveId: (id) => (id === SKETCHES_ID || id === RULES_ID ? `\0${id}` : undefined),
    async load(id) {
      if (id === `\0${SKETCHES_ID}`) {
        const sites = await loadSites();
        const { module: sketches } = await runnerImport<typeof SketchModule>(`${root}src/engine/sketch.ts`);
        for (const site of sites) this.addWatchFile(ruleFile(site.id));
        return `export const SITE_SKETCHES=[${sites.map((site) => sketchSource(sketches.sketchSite(site))).join(',\n')}];`;
      }
      if (id === `\0${RULES_ID}`) {
        // The file name is the site's id (test/unit/catalogues.test.ts checks it).
        const loaders = (await loadSites()).map((site) => `${JSON.stringify(site.id)}:()=>import(${JSON.stringify(ruleFile(site.id))})`);
        return `export const SITE_RULES={${loaders.join(',\n')}};`;
      }
      return undefined;
    },
  };
}
