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
 *
 * The unit's people are named only on a host the rules name (`onNamedHost`): the panel is in the page, whose
 * scripts can read it, and a page on another CNRS host that merely looks like one of ours (the identity-provider
 * choice is recognised on any) must not learn who they are. Elsewhere the panel says where to find them.
 */
export function contactLines(siteContacts: readonly SupportContact[], settings: Settings, onNamedHost: boolean): ContactLine[] {
  const lines: ContactLine[] = siteContacts.map((contact) => ({ label: contact.message, ...(contact.email ? { email: contact.email } : {}) }));
  const { preventionAssistant, unitAdministrator } = settings;
  const known = [preventionAssistant, unitAdministrator].some((person) => person.name || person.email);
  if (!onNamedHost) {
    lines.push({ label: 'contact_unit_administrator' });
    if (known) lines.push({ label: 'help_contacts_in_settings' });
    return lines;
  }
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
