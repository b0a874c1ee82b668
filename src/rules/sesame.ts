import type { SiteRules } from './types';

/**
 * Sésame, where a Janus account is activated and its password reset (docs/sources.md, facts:sesame, CONFIRMED host and
 * flows; its markup is not public, so fields are found by their labels).
 */
/** The statuses, as the NEO and Sygefor procedures name them, then as the English version may. */
const UNIT_STATUS = ['Personnel des unités CNRS', 'Personnels des unités CNRS', 'CNRS units staff', 'CNRS unit staff', 'Staff of CNRS units'];
const EXTERNAL_STATUS = ['Personnel externe', 'Personnels externes', 'External staff', 'External personnel'];
/** The account asked for: an e-mail address (the NEO procedure) or the Janus identifier, which is that address (the Sygefor procedure). */
const ACCOUNT_FIELD = {
  field: [
    'adresse courriel',
    'adresse e-mail',
    'adresse mail',
    'identifiant JANUS',
    'email address',
    'e-mail address',
    'Janus identifier',
    'Janus username',
  ],
};
/** The code an administrator gives, as the request page names it, then as the English version may. */
const RESET_CODE = ['code de réinitialisation', 'reset code', 'password reset code'];
const RESET_CODE_FIELD = { field: [...RESET_CODE, 'code', 'jeton', 'token'] };
/** A new password is asked for twice: the first password field, then the second. */
const NEW_PASSWORD = { selector: 'input[type=password]', nth: 1 };
const PASSWORD_AGAIN = { selector: 'input[type=password]', nth: 2 };

export default {
  id: 'sesame',
  name: 'settings_site_sesame',
  hosts: ['sesame.cnrs.fr'],
  support: [
    // The NEO procedure: « Si vous n'êtes pas en mesure de consulter les courriels du compte saisi, veuillez
    // contacter l'assistance utilisateur. »
    { message: 'contact_sesame_assistance', source: ['procedure:neo'] },
  ],
  pages: [
    {
      id: 'sesame/request',
      name: 'here_page_sesame_request',
      // The NEO procedure's version asks for « Votre adresse courriel », the Sygefor procedure's for « votre identifiant JANUS »:
      // the status choice and one of the two.
      recognisedBy: [{ choice: UNIT_STATUS }, { anyOf: [ACCOUNT_FIELD, { selector: 'input[type=email]' }] }],
      hints: [
        {
          id: 'sesame-status',
          message: 'hint_sesame_status',
          anchor: [{ choice: UNIT_STATUS }],
          args: [{ nameOf: { choice: UNIT_STATUS } }, { nameOf: { choice: EXTERNAL_STATUS } }],
          // The Sygefor procedure: « Cliquez sur « Personnel des unités CNRS » »; the rule of the NEO procedure's choice page.
          source: ['procedure:neo', 'procedure:sygefor'],
        },
        {
          id: 'sesame-email',
          message: 'hint_sesame_email',
          anchor: [ACCOUNT_FIELD, { selector: 'input[type=email]' }],
          check: 'resedaEmail',
          // The Sygefor procedure: « Saisissez dans l'identifiant le mail qui est dans RESEDA/Labintel »; « Si vous n'êtes
          // pas référencé dans RESEDA, vous devez vous rapprocher de votre gestionnaire ou administrateur
          // d'unité (ou de laboratoire) pour qu'il/elle vous intègre dans RESEDA avec votre mail. »
          source: ['procedure:sygefor'],
        },
        {
          id: 'sesame-same-browser',
          message: 'hint_sesame_same_browser',
          anchor: [
            { control: ['Envoyer le courriel', 'Envoyez le courriel', 'Envoyer', 'Send the email', 'Send the e-mail', 'Send'] },
            { selector: 'form button[type=submit], form input[type=submit]' },
          ],
          // The NEO procedure: « Un courriel va être envoyé. »; docs/sources.md, facts:sesame (Sésame's help, CONFIRMED): « you must
          // use the same browser that was used for the request! »
          source: ['procedure:neo', 'facts:sesame'],
        },
      ],
    },
    {
      id: 'sesame/new-password',
      name: 'here_page_sesame_new_password',
      // The NEO procedure: the new password typed twice and « Valider » activate the Janus account; two different
      // entries would be refused, so they do not count.
      marksStep: { step: 'janus', when: { submittedWith: [NEW_PASSWORD, PASSWORD_AGAIN], matching: true } },
      // A form that asks for a password twice, on Sésame, worded as a new password.
      recognisedBy: [
        PASSWORD_AGAIN,
        { anyOf: [{ field: ['nouveau mot de passe', 'new password'] }, { text: ['nouveau mot de passe', 'new password'] }] },
      ],
      hints: [
        {
          id: 'sesame-new-password',
          message: 'hint_sesame_new_password',
          anchor: [NEW_PASSWORD],
          // The NEO procedure: « Définir le nouveau mot de passe », « Saisissez votre nouveau mot de passe »,
          // « Saisissez à nouveau ce mot de passe », « Valider », « Valider l'e-mail de confirmation ».
          source: ['procedure:neo'],
        },
        {
          id: 'sesame-password-again',
          message: 'hint_sesame_password_again',
          anchor: [PASSWORD_AGAIN],
          args: [{ nameOf: PASSWORD_AGAIN }],
          check: 'sameAsOtherField',
          compareWith: NEW_PASSWORD,
          source: ['procedure:neo'],
        },
      ],
    },
    {
      id: 'sesame/reset-code',
      name: 'here_page_sesame_reset_code',
      // The NEO and Sygefor procedures, on the request page: « Si vous disposez d'un code de réinitialisation fourni
      // par votre administrateur, cliquez ici pour l'utiliser »; the link leads to this path (facts:sesame). The
      // page's markup and wording are unknown: a field named as the code at that path, and neither the request's
      // status choice nor a new password asked twice (those are the other two pages). Not by its words alone:
      // Sésame's help explains the code in the same words.
      recognisedBy: [{ path: /^\/password-reset\/token/ }, RESET_CODE_FIELD, { not: { choice: UNIT_STATUS } }, { not: PASSWORD_AGAIN }],
      hints: [
        {
          id: 'sesame-reset-code',
          message: 'hint_sesame_reset_code',
          anchor: [RESET_CODE_FIELD],
          args: [{ nameOf: RESET_CODE_FIELD }],
          // The same sentence; without such a code, Sésame's own help starts a first login or a forgotten
          // password with the request (facts:sesame).
          source: ['procedure:neo', 'procedure:sygefor', 'facts:sesame'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
