import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CACHE_STEPS, detectBrowser } from '../shared/browser-kind';
import { t } from '../shared/i18n';
import type { ContactLine } from '../page/contacts';

/**
 * A small "page blank?" button on every recognised page, opening the blank-page steps of the NOA procedure for
 * the browser in use and the people to ask about this site.
 */
export function Troubleshooting({ contacts }: { contacts: readonly ContactLine[] }) {
  // `focus`: whether focus follows the change. Only the person's own action on the launcher or in the
  // panel moves it, so that showing the overlay never takes focus from the page.
  const [state, setState] = useState({ open: false, focus: false });
  const launcher = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const browser = detectBrowser(navigator.userAgent);
  // The launcher and the panel replace each other: focus goes along, or a keyboard user would be left
  // on nothing, back at the top of the page.
  useLayoutEffect(() => {
    if (state.focus) (state.open ? panel : launcher).current?.focus({ preventScroll: true });
  }, [state]);
  const close = () => {
    const root = panel.current?.getRootNode();
    setState({ open: false, focus: root instanceof ShadowRoot && !!panel.current?.contains(root.activeElement) });
  };
  if (!state.open) {
    return (
      <button
        ref={launcher}
        type="button"
        class="help-launcher"
        data-troubleshooting
        aria-label={t('help_open')}
        aria-expanded="false"
        // Only the person opens it: a page script's click would show it the contacts inside.
        onClick={(event) => event.isTrusted && setState({ open: true, focus: true })}
      >
        <span aria-hidden="true">?</span> <b class="help-label">{t('help_open')}</b>
      </button>
    );
  }
  return (
    <section
      ref={panel}
      tabIndex={-1}
      class="help-panel"
      data-troubleshooting-panel
      data-browser={browser}
      aria-label={t('help_title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
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
      <button type="button" class="action" aria-expanded="true" onClick={close}>
        {t('help_close')}
      </button>
    </section>
  );
}
