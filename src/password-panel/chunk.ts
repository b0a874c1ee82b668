/**
 * The password panel is a chunk of its own (password-panel.tsx and the password core, vite.config.ts), loaded
 * only on a page whose rule asks for the checker (GAIA's password page). Its file has a fixed name, so
 * that the content script's entry, a classic script built apart, can ask for it by URL in the same round
 * as the second stage when a site that has such a page may match (src/content/index.ts): a round trip
 * started after the overlay's own costs tens of milliseconds on a busy machine.
 */
/** The chunk's name, which is its module's: password-panel.tsx. */
export const PASSWORD_PANEL_CHUNK = 'password-panel';
export const PASSWORD_PANEL_FILE = `assets/${PASSWORD_PANEL_CHUNK}.js`;
