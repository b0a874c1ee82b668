import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/identifiers';

describe('Janus identifier check', () => {
  const check = CHECKS.janusIdentifier;
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
