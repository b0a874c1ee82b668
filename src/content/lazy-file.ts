/**
 * The files of the content script's second stage, relative to the extension's root, under fixed names:
 * the entry, a classic script built apart, finds them with `runtime.getURL`, and the folder the build
 * runs in must not change any byte of the packages (they are reproducible).
 */
/** lazy.ts: the second stage's entry. */
export const LAZY_FILE = 'assets/content-lazy.js';
/**
 * What LAZY_FILE imports: the rules, the engine and the overlay, in one chunk (vite.config.ts). The entry
 * asks for both files at once, so that they arrive in one round trip instead of one after the other.
 */
export const OVERLAY_FILE = 'assets/overlay.js';
/**
 * The password panel (src/ui/password-panel.tsx), which the overlay imports on a page with the password
 * checker. The entry asks for it in the same round as the two others when a site that has such a page
 * may match: on a busy machine a round trip started after the overlay's own costs 20 to 40 ms.
 */
export const PASSWORD_PANEL_FILE = 'assets/password-panel.js';
