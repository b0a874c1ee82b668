import type { CheckId } from '../rules/types';
import type { MessageKey } from '../shared/message-keys';

/** What a live check says about the current value: `error` is a likely mistake, `ok` a plausible value. */
export interface CheckVerdict {
  readonly state: 'ok' | 'error';
  readonly message: MessageKey;
}

/** The domain of the identifiers GAIA assigns (prenom.nom@ods.services, seed 003). */
const GAIA_IDENTIFIER_DOMAIN = 'ods.services';

function domainOf(value: string): string {
  return value.slice(value.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Janus wants the e-mail declared in RESEDA (seed 000 « utilisateur@domaine »). The two usual mistakes:
 * a bare name without a domain, and the GAIA/webmail identifier, which also looks like an e-mail.
 */
function janusIdentifier(raw: string): CheckVerdict | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!value.includes('@')) return { state: 'error', message: 'check_janus_missing_at' };
  if (domainOf(value) === GAIA_IDENTIFIER_DOMAIN) return { state: 'error', message: 'check_janus_ods_identifier' };
  return { state: 'ok', message: 'check_janus_looks_right' };
}

/** Every live check a rule can name. Pure functions of the field's value: no DOM, no storage. */
export const CHECKS: { readonly [id in CheckId]: (value: string) => CheckVerdict | undefined } = {
  janusIdentifier,
};
