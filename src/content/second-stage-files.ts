/**
 * The files of the content script's second stage, relative to the extension's root, under fixed names:
 * the entry, a classic script built apart, finds them with `runtime.getURL`, and the folder the build
 * runs in must not change any byte of the packages (they are reproducible).
 */
/** second-stage.ts: the second stage's entry. */
export const SECOND_STAGE_FILE = 'assets/content-second-stage.js';
/**
 * What SECOND_STAGE_FILE imports: the rules, the engine and the overlay, in one chunk (vite.config.ts).
 * The entry asks for both files at once, so that they arrive in one round trip instead of one after the
 * other.
 */
export const OVERLAY_FILE = 'assets/overlay.js';
