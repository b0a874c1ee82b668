import type { SiteRules } from './types';

/**
 * Sésame, where a Janus account is activated and its password reset (cnrs-pages §3, CONFIRMED host and
 * flows; its markup is not public, so fields are found by their labels).
 */
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
      recognisedBy: [
        { field: ['Votre adresse courriel', 'adresse e-mail', 'email address', 'e-mail address'] },
        { control: ['Personnel des unités CNRS', 'Personnels des unités CNRS', 'CNRS units staff', 'CNRS unit staff'] },
      ],
      hints: [
        {
          id: 'sesame-status',
          message: 'hint_sesame_status',
          anchor: [{ control: ['Personnel des unités CNRS', 'Personnels des unités CNRS', 'CNRS units staff', 'CNRS unit staff'] }],
          // Seed 002: « Cliquez sur « Personnel des unités CNRS » »; the rule of seed 000's choice page.
          source: ['seed 000', 'seed 002'],
        },
        {
          id: 'sesame-email',
          message: 'hint_sesame_email',
          anchor: [{ field: ['Votre adresse courriel', 'adresse e-mail', 'email address', 'e-mail address'] }],
          check: 'resedaEmail',
          // Seed 002: « Saisissez dans l'identifiant le mail qui est dans RESEDA/Labintel »; « Si vous n'êtes
          // pas référencé dans RESEDA, vous devez vous rapprocher de votre gestionnaire ou administrateur
          // d'unité (ou de laboratoire) pour qu'il/elle vous intègre dans RESEDA avec votre mail. »
          source: ['seed 002'],
        },
        {
          id: 'sesame-same-browser',
          message: 'hint_sesame_same_browser',
          anchor: [{ control: ['Envoyer le courriel', 'Envoyez le courriel', 'Send the email', 'Send the e-mail', 'Send'] }],
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
      marksStep: {
        step: 'janus',
        when: {
          submittedWith: [
            { field: ['Saisissez votre nouveau mot de passe', 'Enter your new password'] },
            { field: ['Saisissez à nouveau ce mot de passe', 'Enter this password again', 'Enter the password again'] },
          ],
          matching: true,
        },
      },
      recognisedBy: [
        { field: ['Saisissez à nouveau ce mot de passe', 'Enter this password again', 'Enter the password again'] },
        { selector: 'input[type=password]' },
      ],
      hints: [
        {
          id: 'sesame-new-password',
          message: 'hint_sesame_new_password',
          anchor: [{ field: ['Saisissez votre nouveau mot de passe', 'Enter your new password'] }, { selector: 'input[type=password]' }],
          // Seed 000: « Définir le nouveau mot de passe », « Saisissez votre nouveau mot de passe »,
          // « Saisissez à nouveau ce mot de passe », « Valider », « Valider l'e-mail de confirmation ».
          source: ['seed 000'],
        },
        {
          id: 'sesame-password-again',
          message: 'hint_sesame_password_again',
          anchor: [{ field: ['Saisissez à nouveau ce mot de passe', 'Enter this password again', 'Enter the password again'] }],
          check: 'sameAsOtherField',
          compareWith: { field: ['Saisissez votre nouveau mot de passe', 'Enter your new password'] },
          source: ['seed 000'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
