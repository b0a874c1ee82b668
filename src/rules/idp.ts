import type { SiteRules } from './types';

/**
 * "Accès au SI — Choisir mon fournisseur d'identité": the identity-provider choice in front of Sésame's
 * secure area and other CNRS services. Its host and software are not public (research cnrs-pages §2.1),
 * so it is recognised by its wording on any CNRS host, and only when the two options are clickable
 * (a help article that quotes the page's title is not the page).
 */
/** The two options, as seed 000 names them first, then as English versions of the page may. */
const UNITS = ['CNRS - Personnels des unités', 'Personnels des unités', 'Personnel des unités', 'Unit staff', 'Units staff', 'Unit personnel', 'Staff of CNRS units'];
const EXTERNAL = ['CNRS - Personnels externes', 'Personnels externes', 'Personnel externe', 'External staff', 'External personnel'];

export default {
  id: 'idp',
  pages: [
    {
      id: 'idp/choice',
      recognisedBy: [
        { text: ["fournisseur d'identité", 'identity provider'] },
        { choice: UNITS },
        { choice: EXTERNAL },
      ],
      hints: [
        {
          id: 'idp-choice-units',
          message: 'hint_idp_choice_units',
          anchor: [{ choice: UNITS }],
          args: [{ nameOf: { choice: UNITS } }],
          // Seed 000: « Sélectionnez « Personnels des unités » : Si vous êtes CNRS ou NON CNRS et que vous
          // travaillez dans une unité dont le CNRS est l'une des tutelles ». Seed 001 says the same for NOA.
          source: ['seed 000', 'seed 001'],
        },
        {
          id: 'idp-choice-external',
          message: 'hint_idp_choice_external',
          anchor: [{ choice: EXTERNAL }],
          args: [{ nameOf: { choice: EXTERNAL } }],
          // Seed 000: « Sélectionnez « Personnels externes » : Si vous êtes NON CNRS et que votre structure n'a
          // pas le CNRS parmi ses tutelles ».
          source: ['seed 000'],
        },
        {
          id: 'idp-choice-remember',
          message: 'hint_idp_choice_remember',
          anchor: [{ field: ['Se souvenir de mon choix', 'Remember my choice'] }, { heading: ['Se souvenir de mon choix', 'Remember my choice'] }],
          // Seed 000: « Se souvenir de mon choix : Jamais 1 jour 3 mois 9 mois ». Undoing a remembered wrong
          // choice: seed 001's "vider le cache" steps.
          source: ['seed 000', 'seed 001'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
