import type { SupportContact } from '../rules/types';
import type { MessageKey } from '../shared/message-keys';
import type { Settings } from '../shared/settings-schema';

/** One line of "who to ask": a label, and the person's name and address where known. */
export interface ContactLine {
  readonly label: MessageKey;
  readonly name?: string;
  readonly email?: string;
}

/**
 * The contacts for a site's troubleshooting panel: the ones its procedure names, then the unit's people from
 * the settings. The unit's administrator is always there (the Sygefor procedure: RESEDA is theirs), by name when known.
 */
export function contactLines(siteContacts: readonly SupportContact[], settings: Settings): ContactLine[] {
  const lines: ContactLine[] = siteContacts.map((contact) => ({ label: contact.message, ...(contact.email ? { email: contact.email } : {}) }));
  const { preventionAssistant, unitAdministrator } = settings;
  if (preventionAssistant.name || preventionAssistant.email) {
    lines.push({ label: 'contact_prevention_assistant', name: preventionAssistant.name, email: preventionAssistant.email });
  }
  lines.push(
    unitAdministrator.name || unitAdministrator.email
      ? { label: 'contact_unit_administrator', name: unitAdministrator.name, email: unitAdministrator.email }
      : { label: 'contact_unit_administrator' },
  );
  return lines;
}
