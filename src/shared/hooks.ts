import { useLayoutEffect, useState } from 'preact/hooks';
import { applyLanguage } from './i18n';
import { watchSettings } from './settings';
import type { EffectiveSettings } from './settings-schema';
import { readItem, type StoredState, watchItem } from './storage';

/**
 * A stored item, kept up to date when the background, the popup or another page changes it. Given the
 * value already read (the overlay reads all its items in one request), it starts from it; otherwise it
 * reads it, and is undefined until then. It listens from the moment it is rendered (a layout effect), so
 * that no change made in between is missed.
 */
export function useStoredItem<K extends keyof StoredState>(key: K, initial?: StoredState[K]): StoredState[K] | undefined {
  const [value, setValue] = useState<StoredState[K] | undefined>(() => initial);
  useLayoutEffect(() => {
    const controller = new AbortController();
    if (initial === undefined) {
      void readItem(key).then((stored) => {
        if (!controller.signal.aborted) setValue(() => stored);
      });
    }
    watchItem(key, (next) => setValue(() => next), controller.signal);
    return () => controller.abort();
    // `initial` only matters for the first render.
  }, [key]);
  return value;
}

/**
 * The settings that apply, starting from those read before the first render. A change of language
 * loads its catalogue before anything re-renders, so every text changes at once; `onLanguage` then
 * marks the document (the popup's title, the overlay's `lang`).
 */
export function useSettings(initial: EffectiveSettings, onLanguage?: () => void): EffectiveSettings {
  const [settings, setSettings] = useState(initial);
  useLayoutEffect(() => {
    const controller = new AbortController();
    watchSettings((next) => {
      void applyLanguage(next.settings.language).then(() => {
        if (controller.signal.aborted) return;
        onLanguage?.();
        setSettings(next);
      });
    }, controller.signal);
    return () => controller.abort();
  }, []);
  return settings;
}
