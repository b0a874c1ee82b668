import type { CheckId } from '../rules/types';
import type { MessageKey } from '../shared/message-keys';

/**
 * The live checks of what the person types into a field the rules name (`check:` of a hint): the two CNRS
 * identifiers (Janus's RESEDA e-mail, GAIA's « prenom.nom@ods.services »), and a repeated entry that must
 * equal the first.
 */

/** What a live check says about the current value: `error` is a likely mistake, `ok` a plausible value. */
export interface CheckVerdict {
  readonly state: 'ok' | 'error';
  readonly message: MessageKey;
}

/** The domain of the identifiers GAIA assigns (prenom.nom@ods.services, the GAIA procedure). */
const GAIA_IDENTIFIER_DOMAIN = 'ods.services';

function domainOf(value: string): string {
  return value.slice(value.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Janus and Sésame want the e-mail declared in RESEDA (the NEO procedure « utilisateur@domaine », the Sygefor procedure « le
 * mail qui est dans RESEDA »). The two usual mistakes: a bare name without a domain, and the
 * GAIA/webmail identifier, which also looks like an e-mail.
 */
function resedaEmail(raw: string): CheckVerdict | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!value.includes('@')) return { state: 'error', message: 'check_janus_missing_at' };
  if (domainOf(value) === GAIA_IDENTIFIER_DOMAIN) return { state: 'error', message: 'check_janus_ods_identifier' };
  return { state: 'ok', message: 'check_janus_looks_right' };
}

/**
 * The webmail and GAIA's password reset want the GAIA identifier, prenom.nom@ods.services (the GAIA procedure
 * « login : prenom.nom@ods.services »). The usual mistake is the RESEDA e-mail used everywhere else.
 */
function gaiaIdentifier(raw: string): CheckVerdict | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!value.includes('@')) return { state: 'error', message: 'check_gaia_missing_domain' };
  if (domainOf(value) !== GAIA_IDENTIFIER_DOMAIN) return { state: 'error', message: 'check_gaia_not_gaia' };
  return { state: 'ok', message: 'check_gaia_looks_right' };
}

/**
 * A repeated entry (Sésame's new password, the NEO procedure « Saisissez à nouveau ce mot de passe »). Says
 * nothing while the second entry is still a beginning of the first: the person is typing.
 */
function sameAsOtherField(value: string, other = ''): CheckVerdict | undefined {
  if (value === '' || other === '') return undefined;
  if (value === other) return { state: 'ok', message: 'check_entries_match' };
  if (other.startsWith(value)) return undefined;
  return { state: 'error', message: 'check_entries_differ' };
}

/**
 * Every live check a rule can name: pure functions of the field's value (and, for a repeated entry, of
 * the first entry). No DOM, no storage; nothing they see is kept.
 */
export const CHECKS: { readonly [id in CheckId]: (value: string, other?: string) => CheckVerdict | undefined } = {
  resedaEmail,
  gaiaIdentifier,
  sameAsOtherField,
};
