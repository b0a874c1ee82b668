import type { SiteRules } from './types';

/**
 * BibCnrs's « Identifiez-vous » dialog: the React front end and the older EZproxy ticket page
 * (docs/sources.md, facts:bibcnrs: texts and ids checked). Both offer Janus and a legacy unit access code.
 */
const JANUS_BUTTON = [
  "Via le gestionnaire d'identité janus",
  'Via the janus identity manager',
  'Through the Janus identity manager',
  'Connect with janus',
  'Compte Janus',
];
const UNIT_CODE = ["Via le code d'accès de votre unité", "Via votre ancien code d'accès portail", "code d'accès", 'unit access code', 'access code'];

export default {
  id: 'bibcnrs',
  name: 'settings_site_bibcnrs',
  hosts: ['bib.cnrs.fr'],
  support: [
    // The BibCnrs procedure: « vous pouvez vous adresser au directeur ou correspondant documentaire de votre unité
    // CNRS », « assistance@dsi.cnrs.fr ».
    { message: 'contact_bibcnrs', email: 'assistance@dsi.cnrs.fr', source: ['procedure:bibcnrs'] },
  ],
  pages: [
    {
      id: 'bibcnrs/login',
      name: 'here_page_bibcnrs_login',
      recognisedBy: [{ choice: JANUS_BUTTON }],
      hints: [
        {
          id: 'bibcnrs-janus',
          message: 'hint_bibcnrs_janus',
          anchor: [{ choice: JANUS_BUTTON }],
          // The BibCnrs procedure: access to BibCnrs goes through « le fournisseur d'identités JANUS, à partir de
          // l'application Sésame »; docs/sources.md, facts:bibcnrs: « Demander un compte janus » links to sesame.cnrs.fr.
          source: ['procedure:bibcnrs', 'facts:bibcnrs'],
        },
        {
          id: 'bibcnrs-legacy-code',
          message: 'hint_bibcnrs_legacy',
          anchor: [{ choice: UNIT_CODE }],
          args: [{ nameOf: { choice: UNIT_CODE } }],
          // The BibCnrs procedure: « Le code BiblioInserm 2017 de votre structure ne vous permet plus, comme par le
          // passé, d'accéder au nouveau portail documentaire du CNRS, BibCnrs. »
          source: ['procedure:bibcnrs'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
