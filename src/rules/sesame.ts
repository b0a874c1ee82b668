import type { SiteRules } from './types';

/**
 * Sésame, where a Janus account is activated and its password reset (cnrs-pages §3, CONFIRMED host and
 * flows; its markup is not public, so fields are found by their labels).
 */
/** The statuses, as seeds 000 and 002 name them, then as the English version may. */
const UNIT_STATUS = ['Personnel des unités CNRS', 'Personnels des unités CNRS', 'CNRS units staff', 'CNRS unit staff', 'Staff of CNRS units'];
const EXTERNAL_STATUS = ['Personnel externe', 'Personnels externes', 'External staff', 'External personnel'];
/** The account asked for: an e-mail address (seed 000) or the Janus identifier, which is that address (seed 002). */
const ACCOUNT_FIELD = {
  field: ['adresse courriel', 'adresse e-mail', 'adresse mail', 'identifiant JANUS', 'email address', 'e-mail address', 'Janus identifier', 'Janus username'],
};
/** A new password is asked for twice: the first password field, then the second. */
const NEW_PASSWORD = { selector: 'input[type=password]', nth: 1 };
const PASSWORD_AGAIN = { selector: 'input[type=password]', nth: 2 };

export default {
  id: 'sesame',
  hosts: ['sesame.cnrs.fr'],
  support: [
    // Seed 000: « Si vous n'êtes pas en mesure de consulter les courriels du compte saisi, veuillez
    // contacter l'assistance utilisateur. »
    { message: 'contact_sesame_assistance', source: ['seed 000'] },
  ],
  pages: [
    {
      id: 'sesame/request',
      // Seed 000's version asks for « Votre adresse courriel », seed 002's for « votre identifiant JANUS »:
      // the status choice and one of the two.
      recognisedBy: [{ choice: UNIT_STATUS }, { anyOf: [ACCOUNT_FIELD, { selector: 'input[type=email]' }] }],
      hints: [
        {
          id: 'sesame-status',
          message: 'hint_sesame_status',
          anchor: [{ choice: UNIT_STATUS }],
          args: [{ nameOf: { choice: UNIT_STATUS } }, { nameOf: { choice: EXTERNAL_STATUS } }],
          // Seed 002: « Cliquez sur « Personnel des unités CNRS » »; the rule of seed 000's choice page.
          source: ['seed 000', 'seed 002'],
        },
        {
          id: 'sesame-email',
          message: 'hint_sesame_email',
          anchor: [ACCOUNT_FIELD, { selector: 'input[type=email]' }],
          check: 'resedaEmail',
          // Seed 002: « Saisissez dans l'identifiant le mail qui est dans RESEDA/Labintel »; « Si vous n'êtes
          // pas référencé dans RESEDA, vous devez vous rapprocher de votre gestionnaire ou administrateur
          // d'unité (ou de laboratoire) pour qu'il/elle vous intègre dans RESEDA avec votre mail. »
          source: ['seed 002'],
        },
        {
          id: 'sesame-same-browser',
          message: 'hint_sesame_same_browser',
          anchor: [{ control: ['Envoyer le courriel', 'Envoyez le courriel', 'Envoyer', 'Send the email', 'Send the e-mail', 'Send'] }, { selector: 'form button[type=submit], form input[type=submit]' }],
          // Seed 000: « Un courriel va être envoyé. »; cnrs-pages §3 (Sésame's help, CONFIRMED): « you must
          // use the same browser that was used for the request! »
          source: ['seed 000', 'cnrs-pages §3'],
        },
      ],
    },
    {
      id: 'sesame/new-password',
      // Seed 000: the new password typed twice and « Valider » activate the Janus account; two different
      // entries would be refused, so they do not count.
      marksStep: { step: 'janus', when: { submittedWith: [NEW_PASSWORD, PASSWORD_AGAIN], matching: true } },
      // A form that asks for a password twice, on Sésame, worded as a new password.
      recognisedBy: [PASSWORD_AGAIN, { anyOf: [{ field: ['nouveau mot de passe', 'new password'] }, { text: ['nouveau mot de passe', 'new password'] }] }],
      hints: [
        {
          id: 'sesame-new-password',
          message: 'hint_sesame_new_password',
          anchor: [NEW_PASSWORD],
          // Seed 000: « Définir le nouveau mot de passe », « Saisissez votre nouveau mot de passe »,
          // « Saisissez à nouveau ce mot de passe », « Valider », « Valider l'e-mail de confirmation ».
          source: ['seed 000'],
        },
        {
          id: 'sesame-password-again',
          message: 'hint_sesame_password_again',
          anchor: [PASSWORD_AGAIN],
          args: [{ nameOf: PASSWORD_AGAIN }],
          check: 'sameAsOtherField',
          compareWith: NEW_PASSWORD,
          source: ['seed 000'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
