import browser from './browser';
import { type Settings, validSettingsFields } from './settings-schema';

/**
 * Everything the extension keeps, in `storage.local`, under one key per concern. Never a password or
 * any piece of one. Each value carries the schema version it was written with; a value that is missing,
 * corrupted or from an unknown version reads as the default (see `readItem`).
 */
export const SCHEMA_VERSION = 1;

export interface StoredState {
  /** Hints the person closed, by hint id (hint ids are unique over all rules). */
  dismissedHints: readonly string[];
  /** Choices the person made on pages that ask for the same choice every time (NEO's connection mode). */
  rememberedChoices: Readonly<Record<string, string>>;
  /** What the person chose in the settings (only the fields they set; see settings-schema.ts). */
  settings: Partial<Settings>;
}

export const DEFAULTS: StoredState = {
  dismissedHints: [],
  rememberedChoices: {},
  settings: {},
};

interface Envelope<T> {
  version: number;
  value: T;
}

/** Turns a stored value into a well-formed one, or undefined when nothing of it can be used. */
type Decoders = { [K in keyof StoredState]: (value: unknown) => StoredState[K] | undefined };

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');

const DECODERS: Decoders = {
  dismissedHints: (value) => (isStringArray(value) ? value : undefined),
  rememberedChoices: (value) => (isStringRecord(value) ? value : undefined),
  settings: validSettingsFields,
};

/**
 * Migrations from an older envelope version to the next, by the version they start from. Empty while
 * the schema is at version 1; a change of shape adds one here instead of dropping the person's data.
 */
const MIGRATIONS: Record<number, (stored: Record<string, unknown>) => Record<string, unknown>> = {};

/** Reads a stored value, migrating older versions; anything unreadable falls back to the default. */
export function decodeItem<K extends keyof StoredState>(key: K, raw: unknown): StoredState[K] {
  if (typeof raw !== 'object' || raw === null) return DEFAULTS[key];
  let envelope = raw as Partial<Envelope<unknown>>;
  if (typeof envelope.version !== 'number' || envelope.version > SCHEMA_VERSION) return DEFAULTS[key];
  while (envelope.version !== undefined && envelope.version < SCHEMA_VERSION) {
    const migrate = MIGRATIONS[envelope.version];
    if (!migrate) return DEFAULTS[key];
    envelope = migrate(envelope as Record<string, unknown>) as Partial<Envelope<unknown>>;
  }
  return DECODERS[key](envelope.value) ?? DEFAULTS[key];
}

export function encodeItem<K extends keyof StoredState>(value: StoredState[K]): Envelope<StoredState[K]> {
  return { version: SCHEMA_VERSION, value };
}

export async function readItem<K extends keyof StoredState>(key: K): Promise<StoredState[K]> {
  const stored = await browser.storage.local.get(key);
  return decodeItem(key, stored[key]);
}

export async function writeItem<K extends keyof StoredState>(key: K, value: StoredState[K]): Promise<void> {
  await browser.storage.local.set({ [key]: encodeItem(value) });
}

/** Calls back with the new value whenever another context changes the item; stops on abort. */
export function watchItem<K extends keyof StoredState>(
  key: K,
  onChange: (value: StoredState[K]) => void,
  signal: AbortSignal,
): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key];
    if (area === 'local' && change) onChange(decodeItem(key, change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
