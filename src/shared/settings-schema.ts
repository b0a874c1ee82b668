/**
 * The person's settings, as stored and as presets from a unit's IT (managed storage). Pure: no browser
 * API, so the popup, the content script and the tests share one definition.
 */
export const LANGUAGES = ['browser', 'fr', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGES)[number];

export interface Contact {
  readonly name: string;
  readonly email: string;
}

export interface Settings {
  /** The UI language: the browser's, or one chosen here (applied to the popup and the hints at once). */
  readonly language: LanguageChoice;
  /** No hints anywhere while true. */
  readonly paused: boolean;
  /** Site ids (see src/rules/) on which no hints are shown. */
  readonly sitesOff: readonly string[];
  /** The person's names, for the GAIA password check when the page does not show them. */
  readonly firstName: string;
  readonly lastName: string;
  /** Whom to ask, shown in the troubleshooting panel of every recognised page. */
  readonly preventionAssistant: Contact;
  readonly unitAdministrator: Contact;
}

const NO_CONTACT: Contact = { name: '', email: '' };

export const DEFAULT_SETTINGS: Settings = {
  language: 'browser',
  paused: false,
  sitesOff: [],
  firstName: '',
  lastName: '',
  preventionAssistant: NO_CONTACT,
  unitAdministrator: NO_CONTACT,
};

/** Longest name or address kept: a guard against storing something that is not a name. */
const MAX_TEXT_LENGTH = 200;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH ? value.trim() : undefined;
}

function contact(value: unknown): Contact | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, email } = value as Record<string, unknown>;
  const checkedName = text(name ?? '');
  const checkedEmail = text(email ?? '');
  return checkedName !== undefined && checkedEmail !== undefined ? { name: checkedName, email: checkedEmail } : undefined;
}

/**
 * The valid fields of a stored or managed value; each field that is missing or malformed is left out,
 * so one bad field never costs the person the others.
 */
export function validSettingsFields(value: unknown): Partial<Settings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const raw = value as Record<string, unknown>;
  const fields: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (LANGUAGES.includes(raw.language as LanguageChoice)) fields.language = raw.language as LanguageChoice;
  if (typeof raw.paused === 'boolean') fields.paused = raw.paused;
  if (Array.isArray(raw.sitesOff) && raw.sitesOff.every((site) => typeof site === 'string')) fields.sitesOff = raw.sitesOff as string[];
  const firstName = text(raw.firstName);
  if (firstName !== undefined) fields.firstName = firstName;
  const lastName = text(raw.lastName);
  if (lastName !== undefined) fields.lastName = lastName;
  const preventionAssistant = contact(raw.preventionAssistant);
  if (preventionAssistant) fields.preventionAssistant = preventionAssistant;
  const unitAdministrator = contact(raw.unitAdministrator);
  if (unitAdministrator) fields.unitAdministrator = unitAdministrator;
  return fields;
}

export interface EffectiveSettings {
  readonly settings: Settings;
  /** The fields set by the unit's administrator through browser policy: shown as such, not editable. */
  readonly managed: ReadonlySet<keyof Settings>;
}

/** What applies: defaults, then the person's choices, then the administrator's presets, which win. */
export function effectiveSettings(stored: Partial<Settings>, managed: Partial<Settings>): EffectiveSettings {
  return {
    settings: { ...DEFAULT_SETTINGS, ...stored, ...managed },
    managed: new Set(Object.keys(managed) as (keyof Settings)[]),
  };
}
