import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { MessageKey } from '../shared/message-keys';
import { siteIds } from '../sites/cnrs-sites';
import { type Contact, type EffectiveSettings, LANGUAGES, type LanguageChoice, type Settings } from '../shared/settings-schema';
import { readItem, writeItem } from '../shared/storage';
import { siteName } from './names';
import { noticeSave } from './save-notice';

/** Stores the fields the person changed, over what they set before; the administrator's presets still win. */
async function updateSettings(patch: Partial<Settings>): Promise<void> {
  noticeSave(await writeItem('settings', { ...(await readItem('settings')), ...patch }));
}

const LANGUAGE_LABELS: Readonly<Record<LanguageChoice, MessageKey>> = {
  browser: 'settings_language_browser',
  fr: 'settings_language_fr',
  en: 'settings_language_en',
};

/** Typing goes to storage after this pause (and at once when the field loses focus). */
const SAVE_DELAY_MS = 400;

function ManagedNote({ managed }: { managed: boolean }) {
  return managed ? <span class="managed">{t('settings_managed')}</span> : null;
}

/**
 * A text setting. It keeps what is typed locally and saves it shortly after, so that a save coming back
 * from storage never moves the caret or undoes a keystroke.
 */
function TextSetting({
  id,
  label,
  value,
  inputMode = 'text',
  disabled,
  onSave,
}: {
  id: string;
  label: string;
  value: string;
  inputMode?: 'text' | 'email';
  disabled: boolean;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);
  const flush = (text: string) => {
    clearTimeout(pending.current);
    pending.current = undefined;
    onSave(text);
  };
  return (
    <label class="field" for={id}>
      <span>{label}</span>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={draft}
        disabled={disabled}
        maxLength={200}
        autoComplete="off"
        onFocus={() => {
          focused.current = true;
        }}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          clearTimeout(pending.current);
          pending.current = setTimeout(() => flush(text), SAVE_DELAY_MS);
        }}
        onBlur={(event) => {
          focused.current = false;
          if (pending.current !== undefined) flush(event.currentTarget.value);
        }}
      />
    </label>
  );
}

function ContactSettings({
  field,
  label,
  contact,
  managed,
}: {
  field: 'preventionAssistant' | 'unitAdministrator';
  label: MessageKey;
  contact: Contact;
  managed: boolean;
}) {
  const save = (change: Partial<Contact>) =>
    void readItem('settings').then((stored) => updateSettings({ [field]: { ...(stored[field] ?? contact), ...change } }));
  return (
    <fieldset class="contact">
      <legend>
        {t(label)} <ManagedNote managed={managed} />
      </legend>
      <TextSetting
        id={`${field}-name`}
        label={t('settings_contact_name')}
        value={contact.name}
        disabled={managed}
        onSave={(name) => save({ name })}
      />
      <TextSetting
        id={`${field}-email`}
        label={t('settings_contact_email')}
        inputMode="email"
        value={contact.email}
        disabled={managed}
        onSave={(email) => save({ email })}
      />
    </fieldset>
  );
}

function Group({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <fieldset class="group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

export function SettingsPanel({ effective }: { effective: EffectiveSettings }) {
  const { settings, managed } = effective;
  const [resetDone, setResetDone] = useState(false);
  const sitesManaged = managed.has('sitesOff');
  const toggleSite = (siteId: string, on: boolean) => {
    const off = new Set(settings.sitesOff);
    if (on) off.delete(siteId);
    else off.add(siteId);
    void updateSettings({ sitesOff: [...off] });
  };
  return (
    <div class="settings" data-settings>
      <label class="field" for="settings-language">
        <span>
          {t('settings_language')} <ManagedNote managed={managed.has('language')} />
        </span>
        <select
          id="settings-language"
          value={settings.language}
          disabled={managed.has('language')}
          onChange={(event) => void updateSettings({ language: event.currentTarget.value as LanguageChoice })}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language === 'browser' ? undefined : language}>
              {t(LANGUAGE_LABELS[language])}
            </option>
          ))}
        </select>
      </label>
      <label class="choice">
        <input
          type="checkbox"
          id="settings-pause"
          checked={settings.paused}
          disabled={managed.has('paused')}
          onChange={(event) => void updateSettings({ paused: event.currentTarget.checked })}
        />
        {t('settings_pause')} <ManagedNote managed={managed.has('paused')} />
      </label>
      <Group title={t('settings_sites')}>
        <ManagedNote managed={sitesManaged} />
        {siteIds().map((siteId) => (
          <label key={siteId} class="choice">
            <input
              type="checkbox"
              data-site={siteId}
              checked={!settings.sitesOff.includes(siteId)}
              disabled={sitesManaged}
              onChange={(event) => toggleSite(siteId, event.currentTarget.checked)}
            />
            {siteName(siteId)}
          </label>
        ))}
      </Group>
      <p>
        <button
          type="button"
          class="action"
          id="settings-reset-dismissed"
          onClick={() => {
            void writeItem('dismissedHints', {}).then(noticeSave).then(setResetDone);
          }}
        >
          {t('settings_reset_dismissed')}
        </button>
        <span aria-live="polite">{resetDone && ` ${t('settings_reset_done')}`}</span>
      </p>
      <Group title={t('settings_names')}>
        <p class="explain">{t('settings_names_explain')}</p>
        <TextSetting
          id="settings-first-name"
          label={t('settings_first_name')}
          value={settings.firstName}
          disabled={managed.has('firstName')}
          onSave={(firstName) => void updateSettings({ firstName })}
        />
        <TextSetting
          id="settings-last-name"
          label={t('settings_last_name')}
          value={settings.lastName}
          disabled={managed.has('lastName')}
          onSave={(lastName) => void updateSettings({ lastName })}
        />
      </Group>
      <Group title={t('settings_contacts')}>
        <ContactSettings
          field="preventionAssistant"
          label="settings_prevention_assistant"
          contact={settings.preventionAssistant}
          managed={managed.has('preventionAssistant')}
        />
        <ContactSettings
          field="unitAdministrator"
          label="settings_unit_administrator"
          contact={settings.unitAdministrator}
          managed={managed.has('unitAdministrator')}
        />
      </Group>
    </div>
  );
}
