import type { SiteRules } from './types';

/** Sygefor, the IFSeM training sign-up (seed 002); its markup is Sygefor3's, open source (cnrs-pages §6). */
const JANUS_OR_CRU = ['Se connecter avec son compte Janus ou CRU', 'Log in with your Janus or CRU account', 'Compte Janus ou CRU', 'Janus or CRU account'];
const CNRS_AGENTS = ['Agents unités CNRS'];
const VALIDEUR = { field: ['Responsable valideur'] };

export default {
  id: 'sygefor',
  hosts: ['formation.ifsem.cnrs.fr', 'formation-rec.ifsem.cnrs.fr'],
  support: [
    // Seed 002: « Contact : dr01.support.sygefor@cnrs.fr »
    { message: 'contact_sygefor_support', email: 'dr01.support.sygefor@cnrs.fr', source: ['seed 002'] },
  ],
  pages: [
    {
      id: 'sygefor/login',
      recognisedBy: [{ choice: JANUS_OR_CRU }],
      hints: [
        {
          id: 'sygefor-conditions',
          message: 'hint_sygefor_conditions',
          anchor: [{ heading: ['Connexion à votre compte', 'Log in to your account'] }, { selector: 'main h1, h1' }],
          // Seed 002, « Trois conditions nécessaires » and « la priorité de l'acceptation à une formation
          // est donnée d'abord aux agents CNRS ».
          source: ['seed 002'],
        },
        {
          id: 'sygefor-janus',
          message: 'hint_sygefor_janus',
          anchor: [{ choice: JANUS_OR_CRU }],
          args: [{ nameOf: { choice: JANUS_OR_CRU } }],
          // Seed 002: « Cliquez sur « Se connecter avec son compte Janus ou CRU » », « Sélectionnez « Agents
          // unités CNRS » comme établissement puis cliquez sur sélection ».
          source: ['seed 002'],
        },
      ],
    },
    {
      id: 'sygefor/wayf',
      // SWITCHwayf (cnrs-pages §2.2): the IdP list is select[name=user_idp].
      // SWITCHwayf's path, and its choice: its select, or a list where « Agents unités CNRS » is an entry.
      recognisedBy: [{ path: /^\/wayf\//i }, { anyOf: [{ selector: 'select[name=user_idp]' }, { choice: CNRS_AGENTS }] }],
      hints: [
        {
          id: 'sygefor-wayf-choice',
          message: 'hint_sygefor_wayf',
          anchor: [{ selector: 'select[name=user_idp]' }, { choice: CNRS_AGENTS }],
          // Seed 002: « Sélectionnez « Agents unités CNRS » comme établissement puis cliquez sur sélection.
          // Vous passerez alors par l'authentification automatique de Janus »
          source: ['seed 002'],
        },
      ],
    },
    {
      id: 'sygefor/profile',
      // Seed 002: the profile is saved (« Enregistrer ») with its valideur and COFO.
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
          // Seed 002: « Si vous n'êtes pas agent CNRS : le COFO de l'unité apparaîtra mais vous devrez
          // sélectionner le bon valideur à partir de la liste déroulante puis cliquer sur « Enregistrer » »
          source: ['seed 002'],
        },
        {
          id: 'sygefor-save',
          message: 'hint_sygefor_save',
          anchor: [{ control: ['Enregistrer', 'Save'] }, { selector: 'form button[type=submit], form input[type=submit]' }],
          // Seed 002: « Si vous êtes agent CNRS : le valideur et le COFO apparaissent et vous n'avez plus
          // qu'à cliquer sur « Enregistrer » », « Dans le cas où le valideur ou le COFO ne sont pas
          // corrects, il faudra contacter votre administrateur de laboratoire pour qu'il fasse la mise à
          // jour dans RESEDA. »
          source: ['seed 002'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
