import type { SiteRules } from './types';

/** NEO, the CNRS-Inserm safety e-learning platform (the NEO procedure; its engine and markup are not public). */
/** NEO's two connection modes (the NEO procedure), and their English names. */
const AUTHENTICATED = ['Accès authentifié', 'Authenticated access'];
const OTHER_USER = ['Autre utilisateur', 'Other user'];
/** The field the profile needs (the NEO procedure), however the group label spells it. */
const SERVICE_TEAM = {
  field: ['Service-Equipe', 'Service - Equipe', 'Service-Équipe', 'Service / Equipe', 'Service / team', 'Service-Team', 'Service - Team'],
};

export default {
  id: 'neo',
  name: 'settings_site_neo',
  hosts: ['neo.cnrs.fr'],
  support: [
    // The NEO procedure: « vous n'arrivez pas à vous connecter à NEO ? Contactez votre Assistant de Prévention !
    // Votre unité n'est peut-être pas encore activée dans NEO. » and « Adresse e-mail erronée ».
    { message: 'contact_neo_assistant', source: ['procedure:neo'] },
  ],
  pages: [
    {
      id: 'neo/home',
      name: 'here_page_neo_home',
      recognisedBy: [{ choice: AUTHENTICATED }, { choice: OTHER_USER }],
      hints: [
        {
          id: 'neo-authenticated',
          message: 'hint_neo_authenticated',
          anchor: [{ choice: AUTHENTICATED }],
          args: [{ nameOf: { choice: AUTHENTICATED } }],
          // The NEO procedure: « Accès réservé aux personnes déclarées dans le système d'information du CNRS. Pour
          // savoir si vous êtes référencé consulter https://sesame.cnrs.fr/ »; then Janus.
          source: ['procedure:neo'],
        },
        {
          id: 'neo-other-user',
          message: 'hint_neo_other_user',
          anchor: [{ choice: OTHER_USER }],
          args: [{ nameOf: { choice: OTHER_USER } }],
          // The NEO procedure: « Accès pour les personnes qui ne sont pas présentes dans le système d'information du
          // CNRS. Nécessite de créer un compte lors du premier accès, puis d'utiliser l'adresse mail et le
          // mot de passe définis lors de la création du compte. »
          source: ['procedure:neo'],
        },
      ],
      // The NEO procedure, « Modalités particulières à NEO »: « Un entrant doit toujours choisir le même mode de
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
        source: ['procedure:neo'],
      },
    },
    {
      id: 'neo/profile',
      name: 'here_page_neo_profile',
      // The NEO procedure: the profile is complete with « Service - Equipe » filled, then saved.
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
          // The NEO procedure: « Compléter le profil et obligatoirement le « Service - Equipe » ».
          source: ['procedure:neo'],
        },
        {
          id: 'neo-profile-rules',
          message: 'hint_neo_profile',
          anchor: [
            { control: ['Enregistrer', 'Save', 'Mettre à jour le profil', 'Update profile'] },
            { selector: 'form button[type=submit], form input[type=submit]' },
          ],
          // The NEO procedure: « Une adresse mail ne peut être renseignée qu'une seule fois dans NEO. », « Les
          // entrantes arrivant automatiquement dans NEO sont enregistrées avec leur nom de jeune fille. »
          source: ['procedure:neo'],
        },
      ],
    },
  ],
} as const satisfies SiteRules;
