import type { SiteSketch } from '../engine/prefilter/sketch';

declare global {
  /**
   * Every site's sketch, in registry order: a constant of the content script's entry, generated at build
   * time from src/rules/ by scripts/site-sketches-plugin.ts.
   */
  const __SITE_SKETCHES__: readonly SiteSketch[];
}
