/**
 * The stored items a page's overlay starts from (session.tsx), asked for by the content script's entry as
 * soon as a sketch holds, so that the browser reads them while the second stage loads: each is a round
 * trip of 10 to 60 ms on a busy machine. The entry carries no polyfill, so this uses the callback form of
 * `chrome.storage`, which both browsers have; the values are decoded by src/shared/storage.ts, as always.
 */
export const OVERLAY_ITEMS = ['dismissedHints', 'rememberedChoices', 'settings', 'presets', 'checklist'] as const;

/** What storage.local answered, by key; undefined when it could not answer (the session then reads again). */
export type PrefetchedItems = Promise<Readonly<Record<string, unknown>> | undefined>;

type StorageGlobal = {
  chrome?: { storage?: { local?: { get(keys: readonly string[], callback: (items: Record<string, unknown>) => void): void } } };
};

export function prefetchOverlayItems(): PrefetchedItems {
  return new Promise((resolve) => {
    try {
      const local = (globalThis as StorageGlobal).chrome?.storage?.local;
      if (!local) resolve(undefined);
      else local.get(OVERLAY_ITEMS, (items) => resolve(items ?? undefined));
    } catch {
      resolve(undefined);
    }
  });
}
