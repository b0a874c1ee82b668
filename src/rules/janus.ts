import type { SiteRules } from './types';

/**
 * Janus, the CNRS identity provider: a Shibboleth IdP whose login form has #username and #password
 * (docs/sources.md, facts:janus, CONFIRMED), under the stock login.vm markup (our reading, same place). The logout and error
 * pages of the same host have no such form and get no hints.
 */
/** The identifier field, by what names it: the stock « Identifiant », a Shibboleth skin's words, its placeholder. */
const IDENTIFIER = {
  field: ['Identifiant', 'Username', 'User name', 'Login', 'utilisateur@domaine', 'Adresse e-mail', 'Adresse électronique', 'e-mail', 'email'],
};

/** The link to Sésame, by its name in French or in English. */
const FIRST_LOGIN = {
  choice: [
    'Première connexion ou mot de passe oublié',
    'First login or forgotten password',
    'First connection',
    'Forgot your password',
    'Forgotten password',
  ],
};

export default {
  id: 'janus',
  name: 'settings_site_janus',
  // Production, and the acceptance and test instances named in BibCnrs's published Shibboleth configuration.
  hosts: ['janus.cnrs.fr', 'janus-rec.cnrs.fr', 'janus-int-test.cnrs.fr'],
  pages: [
    {
      id: 'janus/login',
      name: 'here_page_janus_login',
      // The stock form's ids where the skin keeps them, else a password field beside a named identifier.
      recognisedBy: [{ selector: 'input[type=password]' }, { anyOf: [{ selector: 'input#username' }, IDENTIFIER] }],
      hints: [
        {
          id: 'janus-service',
          message: 'hint_janus_service',
          anchor: [{ selector: 'form legend' }, { heading: ['Se connecter à', 'Login to', 'Log in to'] }],
          // The legend reads « Se connecter à neo.cnrs.fr » (the NEO procedure); Shibboleth's stock English is "Login to …".
          args: [
            {
              from: { heading: ['Se connecter à', 'Login to', 'Log in to'] },
              pattern: /(?:se connecter [aà]|log ?in to)\s+(\S.{0,80}?)\s*$/i,
            },
          ],
          source: ['procedure:neo', 'facts:janus'],
        },
        {
          id: 'janus-identifier',
          message: 'hint_janus_identifier',
          anchor: [{ selector: 'input#username' }, IDENTIFIER],
          check: 'resedaEmail',
          // The NEO procedure: « Identifiant utilisateur@domaine »; the Sygefor procedure: « utiliser le mail indiqué dans RESEDA »;
          // docs/sources.md, facts:janus (CONFIRMED): the Janus identifier is the RESEDA e-mail; the GAIA procedure: the
          // prenom.nom@ods.services identifier belongs to GAIA and the webmail.
          source: ['procedure:neo', 'procedure:sygefor', 'procedure:gaia', 'facts:janus'],
        },
        {
          id: 'janus-first-login',
          message: 'hint_janus_first_login',
          anchor: [FIRST_LOGIN],
          // Quoted as the page names it: in English on an English page.
          args: [{ nameOf: FIRST_LOGIN }],
          // The NEO procedure: « Cliquer sur « Première connexion ou mot de passe oublié » », then Sésame's form.
          source: ['procedure:neo'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
