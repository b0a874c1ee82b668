import type { SiteRules } from './types';

/**
 * NOA's « Identifiez-vous » dialog (seed 001). Its host is not public (cnrs-pages §8): recognised by its
 * two connection modes on any CNRS host. BibCnrs's dialog shares its title but not these buttons.
 */
const FEDERATION = ["Via la fédération d'identité", 'Through the identity federation', 'Via the identity federation'];
const LOCAL_ACCOUNT = ['Via un compte local', 'With a local account', 'Via a local account'];

export default {
  id: 'noa',
  pages: [
    {
      id: 'noa/login',
      recognisedBy: [{ choice: FEDERATION }, { choice: LOCAL_ACCOUNT }],
      hints: [
        {
          id: 'noa-federation',
          message: 'hint_noa_federation',
          anchor: [{ choice: FEDERATION }],
          args: [{ nameOf: { choice: FEDERATION } }],
          // Seed 001, IMPORTANT: « Choisir comme mode de connexion : via la fédération d'identité », « Puis
          // choisir comme établissement CNRS - Personnel des unités (et non pas votre université ou autre
          // structure) », « Connectez-vous ensuite avec vos identifiants JANUS. »
          source: ['seed 001'],
        },
        {
          id: 'noa-local-warning',
          message: 'hint_noa_local',
          anchor: [{ choice: LOCAL_ACCOUNT }],
          args: [{ nameOf: { choice: FEDERATION } }],
          show: { afterActivating: { choice: LOCAL_ACCOUNT } },
          highlight: true,
          // Seed 001: « L'accès aux référentiels du CNRS est réservé aux utilisateurs et utilisatrices
          // connectés via Janus (Fédération d'identité). Les comptes locaux n'y ont pas accès. »
          source: ['seed 001'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
