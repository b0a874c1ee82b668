import type { SiteRules } from './types';

/** Sygefor, the IFSeM training sign-up (the Sygefor procedure); its markup is Sygefor3's, open source (docs/sources.md, facts:sygefor). */
const JANUS_OR_CRU = [
  'Se connecter avec son compte Janus ou CRU',
  'Log in with your Janus or CRU account',
  'Compte Janus ou CRU',
  'Janus or CRU account',
];
const CNRS_AGENTS = ['Agents unités CNRS'];
const VALIDEUR = { field: ['Responsable valideur'] };

export default {
  id: 'sygefor',
  name: 'settings_site_sygefor',
  hosts: ['formation.ifsem.cnrs.fr', 'formation-rec.ifsem.cnrs.fr'],
  support: [
    // The Sygefor procedure: « Contact : dr01.support.sygefor@cnrs.fr »
    { message: 'contact_sygefor_support', email: 'dr01.support.sygefor@cnrs.fr', source: ['procedure:sygefor'] },
  ],
  pages: [
    {
      id: 'sygefor/login',
      name: 'here_page_sygefor_login',
      recognisedBy: [{ choice: JANUS_OR_CRU }],
      hints: [
        {
          id: 'sygefor-conditions',
          message: 'hint_sygefor_conditions',
          anchor: [{ heading: ['Connexion à votre compte', 'Log in to your account'] }, { selector: 'main h1, h1' }],
          // The Sygefor procedure, « Trois conditions nécessaires » and « la priorité de l'acceptation à une formation
          // est donnée d'abord aux agents CNRS ».
          source: ['procedure:sygefor'],
        },
        {
          id: 'sygefor-janus',
          message: 'hint_sygefor_janus',
          anchor: [{ choice: JANUS_OR_CRU }],
          args: [{ nameOf: { choice: JANUS_OR_CRU } }],
          // The Sygefor procedure: « Cliquez sur « Se connecter avec son compte Janus ou CRU » », « Sélectionnez « Agents
          // unités CNRS » comme établissement puis cliquez sur sélection ».
          source: ['procedure:sygefor'],
        },
      ],
    },
    {
      id: 'sygefor/wayf',
      name: 'here_page_sygefor_wayf',
      // SWITCHwayf (docs/sources.md, facts:wayf): the IdP list is select[name=user_idp].
      // SWITCHwayf's path, and its choice: its select, or a list where « Agents unités CNRS » is an entry.
      recognisedBy: [{ path: /^\/wayf\//i }, { anyOf: [{ selector: 'select[name=user_idp]' }, { choice: CNRS_AGENTS }] }],
      hints: [
        {
          id: 'sygefor-wayf-choice',
          message: 'hint_sygefor_wayf',
          anchor: [{ selector: 'select[name=user_idp]' }, { choice: CNRS_AGENTS }],
          // The Sygefor procedure: « Sélectionnez « Agents unités CNRS » comme établissement puis cliquez sur sélection.
          // Vous passerez alors par l'authentification automatique de Janus »
          source: ['procedure:sygefor'],
        },
      ],
    },
    {
      id: 'sygefor/profile',
      name: 'here_page_sygefor_profile',
      // The Sygefor procedure: the profile is saved (« Enregistrer ») with its valideur and COFO.
      marksStep: { step: 'sygefor', when: { submittedWith: [VALIDEUR] } },
      // The correspondant is a field where it is picked, or only shown where RESEDA gives it.
      recognisedBy: [VALIDEUR, { anyOf: [{ field: ['Correspondant formation'] }, { text: ['Correspondant formation'] }] }],
      hints: [
        {
          id: 'sygefor-valideur',
          message: 'hint_sygefor_valideur',
          anchor: [VALIDEUR],
          args: [{ nameOf: VALIDEUR }],
          show: 'whileEmpty',
          highlight: true,
          // The Sygefor procedure: « Si vous n'êtes pas agent CNRS : le COFO de l'unité apparaîtra mais vous devrez
          // sélectionner le bon valideur à partir de la liste déroulante puis cliquer sur « Enregistrer » »
          source: ['procedure:sygefor'],
        },
        {
          id: 'sygefor-save',
          message: 'hint_sygefor_save',
          anchor: [{ control: ['Enregistrer', 'Save'] }, { selector: 'form button[type=submit], form input[type=submit]' }],
          // The Sygefor procedure: « Si vous êtes agent CNRS : le valideur et le COFO apparaissent et vous n'avez plus
          // qu'à cliquer sur « Enregistrer » », « Dans le cas où le valideur ou le COFO ne sont pas
          // corrects, il faudra contacter votre administrateur de laboratoire pour qu'il fasse la mise à
          // jour dans RESEDA. »
          source: ['procedure:sygefor'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
