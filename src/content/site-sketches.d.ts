/** Modules generated at build time from src/rules/ by scripts/site-sketches-plugin.ts. */
declare module 'virtual:site-sketches' {
  import type { SiteSketch } from '../engine/sketch';

  /** Every site's sketch, in registry order. */
  export const SITE_SKETCHES: readonly SiteSketch[];
}

declare module 'virtual:site-rules' {
  import type { SiteRules } from '../rules/types';

  /** Loads a site's rule file by site id: one chunk per site. */
  export const SITE_RULES: Readonly<Record<string, () => Promise<{ readonly default: SiteRules }>>>;
}

declare module 'virtual:content-lazy-url' {
  /** The extension URL of src/content/lazy.ts, built as a chunk of its own. */
  const url: string;
  export default url;
}
