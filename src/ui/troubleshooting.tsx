import { useState } from 'preact/hooks';
import { CACHE_STEPS, detectBrowser } from '../shared/browser-kind';
import { t } from '../shared/i18n';
import type { ContactLine } from './contacts';

/**
 * A small "page blank?" button on every recognised page, opening the blank-page steps of seed 001 for
 * the browser in use and the people to ask about this site.
 */
export function Troubleshooting({ contacts }: { contacts: readonly ContactLine[] }) {
  const [open, setOpen] = useState(false);
  const browser = detectBrowser(navigator.userAgent);
  if (!open) {
    return (
      <button type="button" class="help-launcher" data-troubleshooting aria-expanded="false" onClick={() => setOpen(true)}>
        <span aria-hidden="true">?</span> {t('help_open')}
      </button>
    );
  }
  return (
    <section
      class="help-panel"
      data-troubleshooting-panel
      data-browser={browser}
      aria-label={t('help_title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <p class="help-title">{t('help_title')}</p>
      <ol class="help-steps">
        <li>{t('help_step_refresh')}</li>
        <li>
          {t('help_step_cache')}
          <br />
          {t(CACHE_STEPS[browser])}
        </li>
      </ol>
      <p class="help-title">{t('help_contacts_title')}</p>
      <ul class="help-contacts">
        {contacts.map((contact) => (
          <li key={contact.label}>
            {t(contact.label)}
            {contact.name && ` ${contact.name}`}
            {contact.email && (
              <>
                {' '}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" class="action" aria-expanded="true" onClick={() => setOpen(false)}>
        {t('help_close')}
      </button>
    </section>
  );
}
