import type { SiteRules } from './types';

/**
 * GAIA, where the @cnrs.fr mailbox is activated (the GAIA procedure). Its markup is not public (docs/sources.md, facts:gaia):
 * every page is recognised by its wording. The steps of the activation follow the GAIA procedure, part I.
 */
const GAIA_IDENTIFIER = /(?<![\w.+-])((?!prenom\.nom@)[\w.+-]+@ods\.services)/i;
/** An identifier shown to the person, as text or in a read-only field (never one they type). */
const SHOWN_IDENTIFIER = [{ heading: ['@ods.services'], matching: GAIA_IDENTIFIER }, { selector: 'input[readonly][value*="@ods.services" i]' }];
const ACTIVATE = ['Activer mon compte avec Janus', 'Activate my account with Janus'];
const NEW_PASSWORD = { selector: 'input[type=password]', nth: 1 };
const PASSWORD_AGAIN = { selector: 'input[type=password]', nth: 2 };
const BACKUP_EMAIL = {
  field: [
    'courriel de secours',
    'adresse de secours',
    'e-mail de secours',
    'mail de secours',
    'backup e-mail',
    'backup email',
    'recovery e-mail',
    'recovery email',
    'backup address',
  ],
};
const NEXT = ['Suivant', 'Next', 'Continuer', 'Continue'];
const ACCEPT = ["j'accepte", 'I accept', 'I agree'];
const DONE = ['Votre compte a bien été activé', 'Your account has been activated', 'Your account has been successfully activated'];
const FORGOTTEN_IDENTIFIER = { field: ['identifiant', 'identifier', 'login', '@ods.services'] };

export default {
  id: 'gaia',
  name: 'settings_site_gaia',
  hosts: ['gaia.cnrs.fr'],
  pages: [
    {
      id: 'gaia/login',
      name: 'here_page_gaia_login',
      // The activation button, on the page that also offers GAIA's own login or the way to Sésame (a
      // help link of the same words on the next steps is not this page).
      recognisedBy: [
        { choice: ACTIVATE },
        { anyOf: [{ selector: 'input[type=password]' }, { choice: ["Je n'ai pas de compte Janus", "I don't have a Janus account"] }] },
      ],
      hints: [
        {
          id: 'gaia-activate',
          message: 'hint_gaia_activate',
          anchor: [{ choice: ACTIVATE }],
          args: [{ nameOf: { choice: ACTIVATE } }],
          // The GAIA procedure, steps 1-2, and its warning « Cette procédure d'activation de l'adresse CNRS doit se
          // faire au calme […] Mais surtout lire toutes les étapes de la procédure ! »
          source: ['procedure:gaia'],
        },
        {
          id: 'gaia-no-janus',
          message: 'hint_gaia_no_janus',
          anchor: [{ choice: ["Je n'ai pas de compte Janus", "I don't have a Janus account"] }],
          // The GAIA procedure shows « Je n'ai pas de compte Janus »; a Janus account is activated on Sésame (the
          // Sygefor and BibCnrs procedures).
          source: ['procedure:gaia', 'procedure:sygefor'],
        },
        {
          id: 'gaia-login-once',
          message: 'hint_gaia_login_once',
          afterStepDone: 'gaia',
          anchor: [
            { field: ['Identifiant', 'Login identifier', 'Identifier', 'Username'] },
            { selector: 'input[type=text], input[type=email], input:not([type])' },
          ],
          // The GAIA procedure: « Votre compte d'accès à la messagerie est activé, il est inutile de se reconnecter à
          // Gaia et de chercher à mettre un nouveau mot de passe (sinon on boucle !) ».
          source: ['procedure:gaia'],
        },
      ],
    },
    {
      id: 'gaia/charter',
      name: 'here_page_gaia_charter',
      // GAIA's charter comes after « Activer mon compte avec Janus » (the GAIA procedure, steps 2-3): reaching it
      // means the Janus account works.
      marksStep: { step: 'janus', when: 'visited' },
      recognisedBy: [{ text: ['charte', 'charter', 'terms of use'] }, { choice: ACCEPT }],
      hints: [
        {
          id: 'gaia-charter',
          message: 'hint_gaia_charter',
          anchor: [{ choice: ACCEPT }],
          args: [{ nameOf: { choice: ACCEPT } }, { nameOf: { choice: NEXT } }],
          // The GAIA procedure, step 3: « Je lis la charte d'usage de la messagerie et j'accepte les conditions du
          // service (case à cocher), puis Suivant. »
          source: ['procedure:gaia'],
        },
      ],
    },
    {
      id: 'gaia/password',
      name: 'here_page_gaia_password',
      // A new password asked for twice, on GAIA.
      recognisedBy: [PASSWORD_AGAIN, { anyOf: [{ field: ['mot de passe', 'password'] }, { text: ['mot de passe', 'password'] }] }],
      hints: [
        {
          id: 'gaia-password-checker',
          message: 'hint_gaia_password_checker',
          anchor: [NEW_PASSWORD],
          compareWith: PASSWORD_AGAIN,
          passwordChecker: {
            namesFrom: [
              // A page that names the account (« Compte de Hélène Dupont-Martin »), or shows the assigned
              // identifier (prenom.nom@ods.services, the GAIA procedure step 6), gives the names to look for.
              { from: { heading: ['Compte de', 'Account of'] }, pattern: /(?:compte de|account of)\s+([^:]{2,80}?)\s*$/i },
              { from: { heading: ['@ods.services'], matching: GAIA_IDENTIFIER }, pattern: GAIA_IDENTIFIER },
            ],
          },
          // The GAIA procedure, step 4: the rules « 12 caractères minimum, au moins un caractère spécial, les deux
          // casses […] caractères spéciaux autorisés […] ne peut contenir votre prénom ou nom […] ne peut
          // contenir une combinaison de 6 à 8 chiffres d'affilée » and « par sécurité, ne pas prendre le
          // même mot de passe que pour Janus ». How each rule is read: docs/sources.md, « The password rules ».
          source: ['procedure:gaia'],
        },
      ],
    },
    {
      id: 'gaia/recovery',
      name: 'here_page_gaia_recovery',
      recognisedBy: [
        { anyOf: [BACKUP_EMAIL, { selector: 'input[type=email]' }] },
        { text: ['Question secrète', 'Questions secrètes', 'Secret question', 'Security question'] },
      ],
      hints: [
        {
          id: 'gaia-recovery',
          message: 'hint_gaia_recovery',
          anchor: [BACKUP_EMAIL, { selector: 'input[type=email]' }],
          args: [{ nameOf: BACKUP_EMAIL }],
          // The GAIA procedure, step 5: « indispensables en cas d'oubli du mot de passe, il faut renseigner les
          // questions secrètes et si possible une adresse de secours, ne sautez pas cette étape ».
          source: ['procedure:gaia'],
        },
      ],
    },
    {
      id: 'gaia/identifier',
      name: 'here_page_gaia_identifier',
      // The identifier GAIA assigned, shown (the GAIA procedure: « un identifiant … qui vous a été attribué »), on a
      // page with nothing to type: the reset page asks for an identifier, this one gives it.
      recognisedBy: [
        { text: ['identifiant', 'identifier'] },
        { anyOf: SHOWN_IDENTIFIER },
        {
          not: {
            selector: 'input[type=text]:not([readonly]), input[type=email]:not([readonly]), input:not([type]):not([readonly]), input[type=password]',
          },
        },
        // The last page shows the identifier too, once the activation is done.
        { not: { heading: DONE } },
      ],
      hints: [
        {
          id: 'gaia-identifier-note',
          message: 'hint_gaia_identifier',
          anchor: SHOWN_IDENTIFIER,
          args: [{ from: SHOWN_IDENTIFIER, pattern: GAIA_IDENTIFIER }],
          copy: true,
          // The GAIA procedure, step 6: « J'ai désormais un identifiant de compte d'accès de la forme
          // prenom.nom@ods.services […] Je note la nouvelle adresse qui sert identifiant et le mot de
          // passe »; part II: « login : prenom.nom@ods.services ».
          source: ['procedure:gaia'],
        },
        {
          id: 'gaia-validate-wait',
          message: 'hint_gaia_validate_wait',
          anchor: [{ control: ['Valider', 'Validate', 'Confirm'] }, { selector: 'form button[type=submit], form input[type=submit]' }],
          args: [{ nameOf: { control: ['Valider', 'Validate', 'Confirm'] } }],
          // The GAIA procedure, step 7: « Je valide l'accès au service (attention : prend quelques instants). »
          source: ['procedure:gaia'],
        },
      ],
    },
    {
      id: 'gaia/done',
      name: 'here_page_gaia_done',
      // The GAIA procedure, step 8: « Je visualise le message de confirmation « Votre compte a bien été activé » ».
      marksStep: { step: 'gaia', when: 'visited' },
      // Shown, not only written somewhere (a wizard keeps its last step hidden); not the account page
      // of someone activated long ago, which says so too.
      recognisedBy: [
        { heading: DONE },
        { not: { text: ['Gérer mon compte', 'Modifier mon mot de passe', 'Manage my account', 'Change my password'] } },
      ],
      hints: [
        {
          id: 'gaia-done-next',
          message: 'hint_gaia_done',
          anchor: [{ heading: DONE }],
          // The GAIA procedure, step 8 and part II; « il est inutile de se reconnecter à Gaia et de chercher à mettre
          // un nouveau mot de passe (sinon on boucle !) ».
          source: ['procedure:gaia'],
        },
      ],
    },
    {
      id: 'gaia/forgotten',
      name: 'here_page_gaia_forgotten',
      recognisedBy: [
        {
          anyOf: [
            { path: /^\/forgotten-password/ },
            {
              text: [
                'Réinitialiser votre mot de passe',
                'Réinitialiser mon mot de passe',
                'Reset your password',
                'Mot de passe oublié',
                'Forgotten password',
                'Forgot your password',
              ],
            },
          ],
        },
        FORGOTTEN_IDENTIFIER,
        { not: { selector: 'input[type=password]' } },
      ],
      hints: [
        {
          id: 'gaia-forgotten-identifier',
          message: 'hint_gaia_forgotten',
          anchor: [FORGOTTEN_IDENTIFIER],
          check: 'gaiaIdentifier',
          // The GAIA procedure, « En cas de perte de son mot de passe du compte Gaia »: the identifier field shows
          // « prenom.nom@ods.services », then the tabs « 2 - Questions secrètes », « 3 - Récupération ».
          source: ['procedure:gaia'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
