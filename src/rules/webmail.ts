import type { SiteRules } from './types';

/**
 * The CNRS webmail, a Zimbra (docs/sources.md, facts:gaia, CONFIRMED); the stock Zimbra login form has #username and
 * #password (its DOM is GUESS for CNRS, so recognition needs both fields and nothing more specific).
 */
const IDENTIFIER = { selector: 'input#username' };
const NAMED_IDENTIFIER = { field: ["Nom d'utilisateur", 'Identifiant', 'Username', 'User name', 'Identifier', 'Login', 'Adresse e-mail', 'Email'] };

export default {
  id: 'webmail',
  name: 'settings_site_webmail',
  hosts: ['webmail.cnrs.fr'],
  pages: [
    {
      id: 'webmail/login',
      name: 'here_page_webmail_login',
      // The GAIA procedure, part II: logging in with the GAIA identifier is reaching the webmail. The login's
      // outcome is not visible to the extension; sending the form with an identifier is the closest sign.
      marksStep: { step: 'webmail', when: { submittedWith: [IDENTIFIER] } },
      // Stock Zimbra's ids where they are kept; the newer interface names its fields otherwise.
      recognisedBy: [{ selector: 'input[type=password]' }, { anyOf: [{ selector: 'input#username' }, NAMED_IDENTIFIER] }],
      hints: [
        {
          id: 'webmail-identifier',
          message: 'hint_webmail_identifier',
          anchor: [IDENTIFIER, NAMED_IDENTIFIER],
          check: 'gaiaIdentifier',
          // The GAIA procedure, part II: « login : prenom.nom@ods.services », « mot de passe : celui que vous avez
          // paramétré lors de l'activation de son compte ».
          source: ['procedure:gaia'],
        },
        {
          id: 'webmail-mail-clients',
          message: 'hint_webmail_clients',
          anchor: [
            { selector: 'form input[type=submit], form button[type=submit]' },
            { control: ['Se connecter', 'Connexion', 'Sign in', 'Log in'] },
          ],
          // The GAIA procedure, part II-III: the documentation is at ods.cnrs.fr (« messagerie intégrée ») and, for
          // the shortest path, aide.core-cloud.net.
          links: [
            { label: 'link_ods_documentation', href: 'https://ods.cnrs.fr/' },
            { label: 'link_mail_help', href: 'https://aide.core-cloud.net/si/messagerie/SitePages/Accueil.aspx' },
          ],
          source: ['procedure:gaia'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
