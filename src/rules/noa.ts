import type { SiteRules } from './types';

/**
 * NOA's « Identifiez-vous » dialog (seed 001). Its host is not public (cnrs-pages §8): recognised by its
 * two connection modes on any CNRS host. BibCnrs's dialog shares its title but not these buttons.
 */
export default {
  id: 'noa',
  pages: [
    {
      id: 'noa/login',
      recognisedBy: [
        { control: ["Via la fédération d'identité", 'Through the identity federation'] },
        { control: ['Via un compte local', 'With a local account'] },
      ],
      hints: [
        {
          id: 'noa-federation',
          message: 'hint_noa_federation',
          anchor: [{ control: ["Via la fédération d'identité", 'Through the identity federation'] }],
          // Seed 001, IMPORTANT: « Choisir comme mode de connexion : via la fédération d'identité », « Puis
          // choisir comme établissement CNRS - Personnel des unités (et non pas votre université ou autre
          // structure) », « Connectez-vous ensuite avec vos identifiants JANUS. »
          source: ['seed 001'],
        },
        {
          id: 'noa-local-warning',
          message: 'hint_noa_local',
          anchor: [{ control: ['Via un compte local', 'With a local account'] }],
          show: { afterActivating: { control: ['Via un compte local', 'With a local account'] } },
          highlight: true,
          // Seed 001: « L'accès aux référentiels du CNRS est réservé aux utilisateurs et utilisatrices
          // connectés via Janus (Fédération d'identité). Les comptes locaux n'y ont pas accès. »
          source: ['seed 001'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
