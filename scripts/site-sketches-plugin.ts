import { runnerImport, type Plugin } from 'vite';
import type * as SketchModule from '../src/engine/prefilter/sketch';
import type { SiteSketch } from '../src/engine/prefilter/sketch';
import { SECOND_STAGE_FILE } from '../src/content/second-stage-files.ts';
import type { SiteRules } from '../src/rules/types';

/** The global through which the content script's entry receives the sketches (src/content/site-sketches.d.ts). */
const SKETCHES_GLOBAL = '__SITE_SKETCHES__';

/**
 * Gives the build the constant `__SITE_SKETCHES__`: each site's sketch (src/engine/prefilter/sketch.ts), made from
 * the rule files, which stay the one place where a site is described. The content script's entry tests
 * them and never carries the rules themselves. A constant rather than a generated module because the
 * entry is built on its own as a classic script (see vite.config.ts), without this build's plugins.
 * It also emits src/content/second-stage.ts, the entry's second stage, under the fixed name SECOND_STAGE_FILE.
 */
export function siteSketches(): Plugin {
  const root = new URL('..', import.meta.url).pathname;
  return {
    name: 'site-sketches',
    // Once per build (each target's build runs its own config): the sketches reflect the rule files as they are.
    async config() {
      const { module: sketches } = await runnerImport<typeof SketchModule>(`${root}src/engine/prefilter/sketch.ts`);
      const { module: rules } = await runnerImport<{ SITES: readonly SiteRules[] }>(`${root}src/rules/index.ts`);
      const all: SiteSketch[] = rules.SITES.map((site) => sketches.sketchSite(site));
      return { define: { [SKETCHES_GLOBAL]: JSON.stringify(all) } };
    },
    buildStart() {
      // The content script's second stage, which its entry imports by URL (src/content/index.ts).
      if (this.environment.config.command === 'build')
        this.emitFile({ type: 'chunk', id: `${root}src/content/second-stage.ts`, fileName: SECOND_STAGE_FILE });
    },
  };
}
