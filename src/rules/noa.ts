import type { SiteRules } from './types';

/**
 * NOA's « Identifiez-vous » dialog (the NOA procedure). Its host is not public (docs/sources.md, facts:noa): recognised by its
 * two connection modes on any CNRS host. BibCnrs's dialog shares its title but not these buttons.
 */
const FEDERATION = ["Via la fédération d'identité", 'Through the identity federation', 'Via the identity federation'];
const LOCAL_ACCOUNT = ['Via un compte local', 'With a local account', 'Via a local account'];

export default {
  id: 'noa',
  name: 'settings_site_noa',
  pages: [
    {
      id: 'noa/login',
      name: 'here_page_noa_login',
      recognisedBy: [{ choice: FEDERATION }, { choice: LOCAL_ACCOUNT }],
      hints: [
        {
          id: 'noa-federation',
          message: 'hint_noa_federation',
          anchor: [{ choice: FEDERATION }],
          args: [{ nameOf: { choice: FEDERATION } }],
          // The NOA procedure, IMPORTANT: « Choisir comme mode de connexion : via la fédération d'identité », « Puis
          // choisir comme établissement CNRS - Personnel des unités (et non pas votre université ou autre
          // structure) », « Connectez-vous ensuite avec vos identifiants JANUS. »
          source: ['procedure:noa'],
        },
        {
          id: 'noa-local-warning',
          message: 'hint_noa_local',
          anchor: [{ choice: LOCAL_ACCOUNT }],
          args: [{ nameOf: { choice: FEDERATION } }],
          show: { afterActivating: { choice: LOCAL_ACCOUNT } },
          highlight: true,
          // The NOA procedure: « L'accès aux référentiels du CNRS est réservé aux utilisateurs et utilisatrices
          // connectés via Janus (Fédération d'identité). Les comptes locaux n'y ont pas accès. »
          source: ['procedure:noa'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
