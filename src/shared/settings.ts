import browser from './browser';
import { effectiveSettings, type EffectiveSettings, validSettingsFields } from './settings-schema';
import { readItem } from './storage';

/**
 * The administrator's presets from browser policy (storage.managed_schema). Browsers without a policy,
 * and Firefox without a managed-storage manifest, answer with an error: that means no presets.
 */
async function readManaged(): Promise<ReturnType<typeof validSettingsFields>> {
  try {
    return validSettingsFields(await browser.storage.managed.get());
  } catch {
    return {};
  }
}

/** The settings that apply now: the person's, overridden by the administrator's presets. */
export async function readSettings(): Promise<EffectiveSettings> {
  const [stored, managed] = await Promise.all([readItem('settings'), readManaged()]);
  return effectiveSettings(stored, managed);
}

/** Calls back with the settings that apply whenever the person or a policy changes them; stops on abort. */
export function watchSettings(onChange: (settings: EffectiveSettings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && 'settings' in changes)) void readSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
