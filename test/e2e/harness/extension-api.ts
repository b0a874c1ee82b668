import type { TestPage } from './test-page';

/**
 * The few extension APIs the tests use from inside one of the extension's own pages, as the browser
 * exposes them there (`browser` in Firefox, `chrome` in both).
 */
export interface ExtensionApi {
  runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } };
  storage: Record<'local' | 'sync', StorageArea> & { session?: StorageArea };
}
interface StorageArea {
  get(keys: null): Promise<unknown>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
export type ExtensionScope = { browser?: ExtensionApi; chrome?: ExtensionApi; seenMessages?: string[] };

/** Writes items to the extension's local storage, from one of its pages. */
export function setStoredItems(extensionPage: TestPage, items: Record<string, unknown>): Promise<void> {
  return extensionPage.raw.evaluate(async (values) => {
    const scope = globalThis as unknown as ExtensionScope;
    await (scope.browser ?? scope.chrome)!.storage.local.set(values);
  }, items);
}

/** Reads one item of the extension's local storage, from one of its pages. */
export function readStoredItem(extensionPage: TestPage, key: string): Promise<unknown> {
  return extensionPage.raw.evaluate(async (name) => {
    const scope = globalThis as unknown as ExtensionScope;
    const items = (await (scope.browser ?? scope.chrome)!.storage.local.get(null)) as Record<string, unknown>;
    return items[name] ?? null;
  }, key);
}

export function removeStoredItems(extensionPage: TestPage, keys: string[]): Promise<void> {
  return extensionPage.raw.evaluate(async (names) => {
    const scope = globalThis as unknown as ExtensionScope;
    await (scope.browser ?? scope.chrome)!.storage.local.remove(names);
  }, keys);
}
