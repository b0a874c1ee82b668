/**
 * Every site's sketch, in registry order: a constant of the content script's entry, generated at build
 * time from src/rules/ by scripts/site-sketches-plugin.ts.
 */
declare const __SITE_SKETCHES__: readonly import('../engine/sketch').SiteSketch[];
