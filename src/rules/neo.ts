import type { SiteRules } from './types';

/** NEO, the CNRS-Inserm safety e-learning platform (seed 000; its engine and markup are not public). */
/** NEO's two connection modes (seed 000), and their English names. */
const AUTHENTICATED = ['Accès authentifié', 'Authenticated access'];
const OTHER_USER = ['Autre utilisateur', 'Other user'];
/** The field the profile needs (seed 000), however the group label spells it. */
const SERVICE_TEAM = { field: ['Service-Equipe', 'Service - Equipe', 'Service-Équipe', 'Service / Equipe', 'Service / team', 'Service-Team', 'Service - Team'] };

export default {
  id: 'neo',
  hosts: ['neo.cnrs.fr'],
  support: [
    // Seed 000: « vous n'arrivez pas à vous connecter à NEO ? Contactez votre Assistant de Prévention !
    // Votre unité n'est peut-être pas encore activée dans NEO. » and « Adresse e-mail erronée ».
    { message: 'contact_neo_assistant', source: ['seed 000'] },
  ],
  pages: [
    {
      id: 'neo/home',
      recognisedBy: [{ choice: AUTHENTICATED }, { choice: OTHER_USER }],
      hints: [
        {
          id: 'neo-authenticated',
          message: 'hint_neo_authenticated',
          anchor: [{ choice: AUTHENTICATED }],
          args: [{ nameOf: { choice: AUTHENTICATED } }],
          // Seed 000: « Accès réservé aux personnes déclarées dans le système d'information du CNRS. Pour
          // savoir si vous êtes référencé consulter https://sesame.cnrs.fr/ »; then Janus.
          source: ['seed 000'],
        },
        {
          id: 'neo-other-user',
          message: 'hint_neo_other_user',
          anchor: [{ choice: OTHER_USER }],
          args: [{ nameOf: { choice: OTHER_USER } }],
          // Seed 000: « Accès pour les personnes qui ne sont pas présentes dans le système d'information du
          // CNRS. Nécessite de créer un compte lors du premier accès, puis d'utiliser l'adresse mail et le
          // mot de passe définis lors de la création du compte. »
          source: ['seed 000'],
        },
      ],
      // Seed 000, « Modalités particulières à NEO »: « Un entrant doit toujours choisir le même mode de
      // connexion (« Accès authentifié » ou « Autre utilisateur ») sauf si le système vous a indiqué un
      // changement ».
      remembers: {
        key: 'neo.connectionMode',
        options: [
          { value: 'authenticated', control: { choice: AUTHENTICATED } },
          { value: 'other', control: { choice: OTHER_USER } },
        ],
        sameHint: { id: 'neo-mode-same', message: 'hint_neo_mode_same' },
        switchHint: { id: 'neo-mode-switch', message: 'hint_neo_mode_switch' },
        source: ['seed 000'],
      },
    },
    {
      id: 'neo/profile',
      // Seed 000: the profile is complete with « Service - Equipe » filled, then saved.
      marksStep: { step: 'neo', when: { submittedWith: [SERVICE_TEAM] } },
      recognisedBy: [SERVICE_TEAM, { text: ['Date de naissance', 'Date of birth', 'Date de fin de contrat', 'End of contract'] }],
      hints: [
        {
          id: 'neo-service-team',
          message: 'hint_neo_service_team',
          anchor: [SERVICE_TEAM],
          args: [{ nameOf: SERVICE_TEAM }],
          show: 'whileEmpty',
          highlight: true,
          // Seed 000: « Compléter le profil et obligatoirement le « Service - Equipe » ».
          source: ['seed 000'],
        },
        {
          id: 'neo-profile-rules',
          message: 'hint_neo_profile',
          anchor: [{ control: ['Enregistrer', 'Save', 'Mettre à jour le profil', 'Update profile'] }, { selector: 'form button[type=submit], form input[type=submit]' }],
          // Seed 000: « Une adresse mail ne peut être renseignée qu'une seule fois dans NEO. », « Les
          // entrantes arrivant automatiquement dans NEO sont enregistrées avec leur nom de jeune fille. »
          source: ['seed 000'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
