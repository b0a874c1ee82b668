import browser from './browser';
import { effectiveSettings, type EffectiveSettings, validSettingsFields } from './settings-schema';
import { readItem, readItems, writeItem } from './storage';

/**
 * The administrator's presets (storage.managed_schema) are read from policy by the background only, which
 * keeps a copy in storage.local (`presets`) for the pages and the popup. Chromium loads managed storage on
 * its first read after the browser starts, and that read took 1.6 to 4.5 s here, or never answered while
 * only content scripts asked; a page's hints cannot wait for it, and a copy reads in a millisecond.
 * Browsers without a policy, and Firefox without a managed-storage manifest, answer with an error: that
 * means no presets.
 */
export async function copyPresetsFromPolicy(): Promise<void> {
  let presets: ReturnType<typeof validSettingsFields>;
  try {
    presets = validSettingsFields(await browser.storage.managed.get());
  } catch {
    presets = {};
  }
  // Written only when they changed: every open page's overlay is redrawn when the copy is written, and the
  // background starts again and again (a service worker stops when idle).
  if (JSON.stringify(await readItem('presets')) !== JSON.stringify(presets)) await writeItem('presets', presets);
}

/** The settings that apply now: the person's, overridden by the administrator's presets. */
export async function readSettings(): Promise<EffectiveSettings> {
  const [stored, presets] = await readItems(['settings', 'presets']);
  return effectiveSettings(stored, presets);
}

/** Calls back with the settings that apply whenever the person or a policy changes them; stops on abort. */
export function watchSettings(onChange: (settings: EffectiveSettings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && ('settings' in changes || 'presets' in changes)) void readSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
