import type { SiteRules } from './types';

/**
 * GAIA, where the @cnrs.fr mailbox is activated (seed 003). Its markup is not public (cnrs-pages §4):
 * every page is recognised by its wording. The steps of the activation follow seed 003, part I.
 */
const GAIA_IDENTIFIER = /([\w.+-]+@ods\.services)/i;

export default {
  id: 'gaia',
  hosts: ['gaia.cnrs.fr'],
  pages: [
    {
      id: 'gaia/login',
      recognisedBy: [{ control: ['Activer mon compte avec Janus', 'Activate my account with Janus'] }],
      hints: [
        {
          id: 'gaia-activate',
          message: 'hint_gaia_activate',
          anchor: [{ control: ['Activer mon compte avec Janus', 'Activate my account with Janus'] }],
          // Seed 003, steps 1-2, and its warning « Cette procédure d'activation de l'adresse CNRS doit se
          // faire au calme […] Mais surtout lire toutes les étapes de la procédure ! »
          source: ['seed 003'],
        },
        {
          id: 'gaia-no-janus',
          message: 'hint_gaia_no_janus',
          anchor: [{ control: ["Je n'ai pas de compte Janus", "I don't have a Janus account"] }],
          // Seed 003 shows « Je n'ai pas de compte Janus »; a Janus account is activated on Sésame (seeds
          // 002 and 004).
          source: ['seed 003', 'seed 002'],
        },
        {
          id: 'gaia-login-once',
          message: 'hint_gaia_login_once',
          anchor: [{ field: ['Identifiant de connexion', 'Login identifier', 'Identifier'] }],
          // Seed 003: « Votre compte d'accès à la messagerie est activé, il est inutile de se reconnecter à
          // Gaia et de chercher à mettre un nouveau mot de passe (sinon on boucle !) ».
          source: ['seed 003'],
        },
      ],
    },
    {
      id: 'gaia/charter',
      // GAIA's charter comes after « Activer mon compte avec Janus » (seed 003, steps 2-3): reaching it
      // means the Janus account works.
      marksStep: { step: 'janus', when: 'visited' },
      recognisedBy: [{ text: ["Charte d'usage", 'charter'] }, { control: ["j'accepte les conditions", 'I accept'] }],
      hints: [
        {
          id: 'gaia-charter',
          message: 'hint_gaia_charter',
          anchor: [{ control: ["j'accepte les conditions", 'I accept'] }],
          // Seed 003, step 3: « Je lis la charte d'usage de la messagerie et j'accepte les conditions du
          // service (case à cocher), puis Suivant. »
          source: ['seed 003'],
        },
      ],
    },
    {
      id: 'gaia/password',
      recognisedBy: [
        { field: ['Nouveau mot de passe', 'New password'] },
        { field: ['Confirmation'] },
        { selector: 'input[type=password]' },
      ],
      hints: [
        {
          id: 'gaia-password-checker',
          message: 'hint_gaia_password_checker',
          anchor: [{ field: ['Nouveau mot de passe', 'New password'] }],
          compareWith: { field: ['Confirmation'] },
          passwordChecker: {
            namesFrom: [
              // A page that names the account (« Compte de Hélène Dupont-Martin »), or shows the assigned
              // identifier (prenom.nom@ods.services, seed 003 step 6), gives the names to look for.
              { from: { heading: ['Compte de', 'Account of'] }, pattern: /(?:compte de|account of)\s+([^:]{2,80}?)\s*$/i },
              { from: { heading: ['@ods.services'] }, pattern: GAIA_IDENTIFIER },
            ],
          },
          // Seed 003, step 4: the rules « 12 caractères minimum, au moins un caractère spécial, les deux
          // casses […] caractères spéciaux autorisés […] ne peut contenir votre prénom ou nom […] ne peut
          // contenir une combinaison de 6 à 8 chiffres d'affilée » and « par sécurité, ne pas prendre le
          // même mot de passe que pour Janus ». Semantics: research password.md §5.
          source: ['seed 003'],
        },
      ],
    },
    {
      id: 'gaia/recovery',
      recognisedBy: [{ field: ['courriel de secours', 'backup e-mail', 'backup email', 'recovery e-mail'] }, { text: ['Question secrète', 'Secret question'] }],
      hints: [
        {
          id: 'gaia-recovery',
          message: 'hint_gaia_recovery',
          anchor: [{ field: ['courriel de secours', 'backup e-mail', 'backup email', 'recovery e-mail'] }],
          // Seed 003, step 5: « indispensables en cas d'oubli du mot de passe, il faut renseigner les
          // questions secrètes et si possible une adresse de secours, ne sautez pas cette étape ».
          source: ['seed 003'],
        },
      ],
    },
    {
      id: 'gaia/identifier',
      recognisedBy: [
        { text: ['Votre identifiant de connexion', 'Your login identifier', 'Your identifier'] },
        { heading: ['@ods.services'] },
        // The password-reset page also says « Votre identifiant de connexion », above a field to fill.
        { not: { selector: 'input[type=text], input[type=email], input:not([type])' } },
      ],
      hints: [
        {
          id: 'gaia-identifier-note',
          message: 'hint_gaia_identifier',
          anchor: [{ heading: ['@ods.services'] }],
          args: [{ from: { heading: ['@ods.services'] }, pattern: GAIA_IDENTIFIER }],
          copy: true,
          // Seed 003, step 6: « J'ai désormais un identifiant de compte d'accès de la forme
          // prenom.nom@ods.services […] Je note la nouvelle adresse qui sert identifiant et le mot de
          // passe »; part II: « login : prenom.nom@ods.services ».
          source: ['seed 003'],
        },
        {
          id: 'gaia-validate-wait',
          message: 'hint_gaia_validate_wait',
          anchor: [{ control: ['Valider', 'Validate'] }],
          // Seed 003, step 7: « Je valide l'accès au service (attention : prend quelques instants). »
          source: ['seed 003'],
        },
      ],
    },
    {
      id: 'gaia/done',
      // Seed 003, step 8: « Je visualise le message de confirmation « Votre compte a bien été activé » ».
      marksStep: { step: 'gaia', when: 'visited' },
      recognisedBy: [{ text: ['Votre compte a bien été activé', 'Your account has been activated'] }],
      hints: [
        {
          id: 'gaia-done-next',
          message: 'hint_gaia_done',
          anchor: [{ heading: ['Votre compte a bien été activé', 'Your account has been activated'] }],
          // Seed 003, step 8 and part II; « il est inutile de se reconnecter à Gaia et de chercher à mettre
          // un nouveau mot de passe (sinon on boucle !) ».
          source: ['seed 003'],
        },
      ],
    },
    {
      id: 'gaia/forgotten',
      recognisedBy: [
        { text: ['Réinitialiser votre mot de passe', 'Reset your password'] },
        { field: ['identifiant de connexion', 'login identifier', 'identifier'] },
      ],
      hints: [
        {
          id: 'gaia-forgotten-identifier',
          message: 'hint_gaia_forgotten',
          anchor: [{ field: ['identifiant de connexion', 'login identifier', 'identifier'] }],
          check: 'gaiaIdentifier',
          // Seed 003, « En cas de perte de son mot de passe du compte Gaia »: the identifier field shows
          // « prenom.nom@ods.services », then the tabs « 2 - Questions secrètes », « 3 - Récupération ».
          source: ['seed 003'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
