import { type Checklist, decodeChecklist } from '../checklist/state';
import { decodeProfile, type Profile } from '../checklist/profiles';
import browser from './browser';
import { type Settings, validSettingsFields } from './settings-schema';

/**
 * Everything the extension keeps, in `storage.local`, under one key per concern. Never a password or
 * any piece of one. Each value carries the schema version it was written with; a value that is missing,
 * corrupted or from an unknown version reads as the default (see `readItem`).
 */
export const SCHEMA_VERSION = 3;

/**
 * The host key of dismissals made before they were kept per host (version 2 and before): they hold on
 * every host, as they did when they were made.
 */
export const ANY_HOST = '';

export interface StoredState {
  /**
   * Hints the person closed, by the host they closed them on, by hint id (hint ids are unique over all
   * rules). By host since version 3: a page on another CNRS host that looks like a page of ours (the
   * identity-provider choice is recognised on any) neither sees nor changes what was closed elsewhere.
   */
  dismissedHints: Readonly<Record<string, readonly string[]>>;
  /** Choices the person made on pages that ask for the same choice every time (NEO's connection mode). */
  rememberedChoices: Readonly<Record<string, string>>;
  /** What the person chose in the settings (only the fields they set; see settings-schema.ts). */
  settings: Partial<Settings>;
  /** The onboarding checklist: who ticked each step and when (see src/checklist/state.ts). Since version 2. */
  checklist: Checklist;
  /** Who the person said they are; null until they answer. Since version 2. */
  profile: Profile | null;
  /**
   * A copy of the administrator's presets (managed storage), kept by the background: see settings.ts.
   * Added in version 2 without changing any other value's shape, so no migration.
   */
  presets: Partial<Settings>;
}

export const DEFAULTS: StoredState = {
  dismissedHints: {},
  rememberedChoices: {},
  settings: {},
  checklist: {},
  profile: null,
  presets: {},
};

interface Envelope<T> {
  version: number;
  value: T;
}

/** Turns a stored value into a well-formed one, or undefined when nothing of it can be used. */
type Decoders = { [K in keyof StoredState]: (value: unknown) => StoredState[K] | undefined };

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

const isString = (value: unknown): value is string => typeof value === 'string';

const isRecordOf = <T>(value: unknown, isItem: (item: unknown) => item is T): value is Record<string, T> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isItem);

const DECODERS: Decoders = {
  dismissedHints: (value) => (isRecordOf(value, isStringArray) ? value : undefined),
  rememberedChoices: (value) => (isRecordOf(value, isString) ? value : undefined),
  settings: validSettingsFields,
  checklist: decodeChecklist,
  profile: decodeProfile,
  presets: validSettingsFields,
};

/**
 * How a value written by one version becomes a value of the next, by the version it starts from and
 * by key; a key a version does not list kept its shape. A version with no entry here cannot be read
 * (it falls back to the default), so every change of shape adds one instead of dropping the person's
 * data. Each key has its own envelope: an unreadable item never costs the person another one.
 */
const MIGRATIONS: Readonly<Record<number, Partial<Record<keyof StoredState, (value: unknown) => unknown>>>> = {
  // Version 2 added `checklist` and `profile`; no version-1 value changed shape.
  1: {},
  // Version 3 keeps dismissals by host; the ones made before hold on every host, as they did.
  2: { dismissedHints: (value) => (isStringArray(value) ? { [ANY_HOST]: value } : value) },
};

/** Reads a stored value, migrating older versions; anything unreadable falls back to the default. */
export function decodeItem<K extends keyof StoredState>(key: K, raw: unknown): StoredState[K] {
  if (typeof raw !== 'object' || raw === null) return DEFAULTS[key];
  const { version, value } = raw as Partial<Envelope<unknown>>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version > SCHEMA_VERSION) return DEFAULTS[key];
  let migrated = value;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const migrations = MIGRATIONS[from];
    if (!migrations) return DEFAULTS[key];
    const migrate = migrations[key];
    if (migrate) migrated = migrate(migrated);
  }
  return DECODERS[key](migrated) ?? DEFAULTS[key];
}

export function encodeItem<K extends keyof StoredState>(value: StoredState[K]): Envelope<StoredState[K]> {
  return { version: SCHEMA_VERSION, value };
}

export async function readItem<K extends keyof StoredState>(key: K): Promise<StoredState[K]> {
  const stored = await browser.storage.local.get(key);
  return decodeItem(key, stored[key]);
}

type Items<K extends readonly (keyof StoredState)[]> = { [I in keyof K]: StoredState[K[I]] };

/** Decodes several values from what storage.local answered for them. */
export function decodeItems<const K extends readonly (keyof StoredState)[]>(keys: K, stored: Readonly<Record<string, unknown>>): Items<K> {
  return keys.map((key) => decodeItem(key, stored[key])) as Items<K>;
}

/** Several values in one request to the browser: a page's overlay waits for them, and each request is a round trip. */
export async function readItems<const K extends readonly (keyof StoredState)[]>(keys: K): Promise<Items<K>> {
  return decodeItems(keys, await browser.storage.local.get([...keys]));
}

/** Whether a stored value was written by a newer version of the extension (one installed, then replaced by this). */
function isFromNewerVersion(raw: unknown): boolean {
  const version = (raw as Partial<Envelope<unknown>> | null | undefined)?.version;
  return typeof version === 'number' && version > SCHEMA_VERSION;
}

/**
 * Stores a value; says whether it was stored. Not when the stored one was written by a newer version:
 * this version reads it as the default, and overwriting it would lose what the person did there. Not
 * when the browser refuses (its storage full): the caller shows what is stored, not what it wished.
 */
export async function writeItem<K extends keyof StoredState>(
  key: K,
  value: StoredState[K],
  { beforeNavigation = false }: { readonly beforeNavigation?: boolean } = {},
): Promise<boolean> {
  try {
    // A write from a click that leaves the page must start within the click: the page's navigation would
    // cut off one that first waited for a read. It then overwrites whatever version is stored.
    if (!beforeNavigation && isFromNewerVersion((await browser.storage.local.get(key))[key])) return false;
    await browser.storage.local.set({ [key]: encodeItem(value) });
    return true;
  } catch {
    return false;
  }
}

/** Calls back with the new value whenever another context changes the item; stops on abort. */
export function watchItem<K extends keyof StoredState>(key: K, onChange: (value: StoredState[K]) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key];
    if (area === 'local' && change) onChange(decodeItem(key, change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
