import { useEffect, useState } from 'preact/hooks';
import { applyLanguage, t, uiLanguage } from '../shared/i18n';
import { watchSettings } from '../shared/settings';
import type { EffectiveSettings } from '../shared/settings-schema';
import { readItem, type StoredState, watchItem } from '../shared/storage';

/** A stored item, kept up to date when the background or another page changes it; undefined while loading. */
export function useStoredItem<K extends keyof StoredState>(key: K): StoredState[K] | undefined {
  const [value, setValue] = useState<StoredState[K]>();
  useEffect(() => {
    const controller = new AbortController();
    void readItem(key).then((stored) => {
      if (!controller.signal.aborted) setValue(() => stored);
    });
    watchItem(key, (next) => setValue(() => next), controller.signal);
    return () => controller.abort();
  }, [key]);
  return value;
}

/** Marks the document with the language the catalogues answer in, for screen readers and the title. */
export function showLanguage(): void {
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
}

/**
 * The settings that apply, starting from those read before the first render. A change of language
 * loads its catalogue before the popup re-renders, so every text changes at once.
 */
export function useSettings(initial: EffectiveSettings): EffectiveSettings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    watchSettings((next) => {
      void applyLanguage(next.settings.language).then(() => {
        if (controller.signal.aborted) return;
        showLanguage();
        setSettings(next);
      });
    }, controller.signal);
    return () => controller.abort();
  }, []);
  return settings;
}
