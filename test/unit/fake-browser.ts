import { vi } from 'vitest';

type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

/**
 * An in-memory stand-in for the few browser APIs the content script uses, with counters that let tests
 * check that everything registered is also removed.
 */
export function createFakeBrowser() {
  const data = new Map<string, unknown>();
  const storageListeners = new Set<Listener>();
  const sent: unknown[] = [];
  const fake = {
    storage: {
      local: {
        // As the real one: the items asked for (one key or several) that are stored, by key.
        get: vi.fn(async (keys: string | readonly string[]) =>
          Object.fromEntries(
            (typeof keys === 'string' ? [keys] : keys).filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]),
          ),
        ),
        set: vi.fn(async (items: Record<string, unknown>) => {
          const changes: Record<string, { newValue?: unknown }> = {};
          for (const [key, value] of Object.entries(items)) {
            data.set(key, structuredClone(value));
            changes[key] = { newValue: structuredClone(value) };
          }
          for (const listener of storageListeners) listener(changes, 'local');
        }),
      },
      onChanged: {
        addListener: (listener: Listener) => storageListeners.add(listener),
        removeListener: (listener: Listener) => storageListeners.delete(listener),
      },
    },
    i18n: {
      getMessage: (key: string, substitutions?: string[]) => (substitutions?.length ? `${key}(${substitutions.join(',')})` : key),
      getUILanguage: () => 'en',
    },
    runtime: {
      sendMessage: vi.fn(async (message: unknown) => void sent.push(message)),
      onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
    },
  };
  return { fake, data, storageListeners, sent };
}
