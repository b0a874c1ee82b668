import type { SiteRules } from './types';

/**
 * "Accès au SI — Choisir mon fournisseur d'identité": the identity-provider choice in front of Sésame's
 * secure area and other CNRS services. Its host and software are not public (docs/sources.md, facts:idp),
 * so it is recognised by its wording on any CNRS host, and only when the two options are clickable
 * (a help article that quotes the page's title is not the page).
 */
/** The two options, as the NEO procedure names them first, then as English versions of the page may. */
const UNITS = [
  'CNRS - Personnels des unités',
  'Personnels des unités',
  'Personnel des unités',
  'Unit staff',
  'Units staff',
  'Unit personnel',
  'Staff of CNRS units',
];
const EXTERNAL = ['CNRS - Personnels externes', 'Personnels externes', 'Personnel externe', 'External staff', 'External personnel'];

export default {
  id: 'idp',
  name: 'settings_site_idp',
  pages: [
    {
      id: 'idp/choice',
      name: 'here_page_idp_choice',
      recognisedBy: [{ text: ["fournisseur d'identité", 'identity provider'] }, { choice: UNITS }, { choice: EXTERNAL }],
      hints: [
        {
          id: 'idp-choice-units',
          message: 'hint_idp_choice_units',
          anchor: [{ choice: UNITS }],
          args: [{ nameOf: { choice: UNITS } }],
          // The NEO procedure: « Sélectionnez « Personnels des unités » : Si vous êtes CNRS ou NON CNRS et que vous
          // travaillez dans une unité dont le CNRS est l'une des tutelles ». The NOA procedure says the same for NOA.
          source: ['procedure:neo', 'procedure:noa'],
        },
        {
          id: 'idp-choice-external',
          message: 'hint_idp_choice_external',
          anchor: [{ choice: EXTERNAL }],
          args: [{ nameOf: { choice: EXTERNAL } }],
          // The NEO procedure: « Sélectionnez « Personnels externes » : Si vous êtes NON CNRS et que votre structure n'a
          // pas le CNRS parmi ses tutelles ».
          source: ['procedure:neo'],
        },
        {
          id: 'idp-choice-remember',
          message: 'hint_idp_choice_remember',
          anchor: [{ field: ['Se souvenir de mon choix', 'Remember my choice'] }, { heading: ['Se souvenir de mon choix', 'Remember my choice'] }],
          // The NEO procedure: « Se souvenir de mon choix : Jamais 1 jour 3 mois 9 mois ». Undoing a remembered wrong
          // choice: the NOA procedure's "vider le cache" steps.
          source: ['procedure:neo', 'procedure:noa'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
