import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/field-checks';

describe('RESEDA e-mail check (Janus identifier, Sésame e-mail)', () => {
  const check = CHECKS.resedaEmail;
  it.each([
    ['', undefined],
    ['   ', undefined],
    ['dupont', 'check_janus_missing_at'],
    ['helene.dupont', 'check_janus_missing_at'],
    ['helene.dupont@ods.services', 'check_janus_ods_identifier'],
    ['Helene.Dupont@ODS.Services', 'check_janus_ods_identifier'],
    [' helene.dupont@ods.services ', 'check_janus_ods_identifier'],
    ['helene.dupont@cnrs.fr', 'check_janus_looks_right'],
    ['h.dupont@univ-example.fr', 'check_janus_looks_right'],
    ['name@ods.services.example.fr', 'check_janus_looks_right'],
  ])('%j → %s', (value, message) => {
    expect(check(value)?.message).toBe(message);
  });
  it('calls a mistake an error and a plausible e-mail ok', () => {
    expect(check('dupont')?.state).toBe('error');
    expect(check('a@cnrs.fr')?.state).toBe('ok');
  });
});

describe('GAIA identifier check (webmail login, GAIA password reset)', () => {
  const check = CHECKS.gaiaIdentifier;
  it.each([
    ['', undefined],
    ['helene.dupont', 'check_gaia_missing_domain'],
    ['helene.dupont@cnrs.fr', 'check_gaia_not_gaia'],
    ['helene.dupont@univ-example.fr', 'check_gaia_not_gaia'],
    ['helene.dupont@ods.services', 'check_gaia_looks_right'],
    ['Helene.Dupont@ODS.SERVICES ', 'check_gaia_looks_right'],
  ])('%j → %s', (value, message) => {
    expect(check(value)?.message).toBe(message);
  });
});

describe('repeated entry check', () => {
  const check = CHECKS.sameAsOtherField;
  it.each([
    ['', 'Secret-pass1', undefined],
    ['Secret', '', undefined],
    ['Secret', 'Secret-pass1', undefined],
    ['Secret-pass1', 'Secret-pass1', 'check_entries_match'],
    ['Secret-pass2', 'Secret-pass1', 'check_entries_differ'],
    ['Secret-pass12', 'Secret-pass1', 'check_entries_differ'],
    ['secret-pass1', 'Secret-pass1', 'check_entries_differ'],
  ])('%j against %j → %s', (value, other, message) => {
    expect(check(value, other)?.message).toBe(message);
  });
});
