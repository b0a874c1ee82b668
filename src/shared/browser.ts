/**
 * The only import of webextension-polyfill in the project. Upstream is in maintenance since Chrome gained
 * the `browser` namespace; keeping it behind this module makes dropping it a one-file change.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
