import type { StepId } from '../rules/types';
import type { MessageKey } from '../shared/message-keys';
import type { Profile } from './profiles';

/**
 * How a step fits a profile. The profile question refines the checklist and never hides a step
 * (a person unsure of their status still sees it): a step that does not apply stays listed, marked as such with the reason.
 */
export type Applicability = 'yes' | 'maybe' | 'no';

export interface StepFit {
  readonly applies: Applicability;
  /** Why, or what differs for this profile; shown under the step. */
  readonly note?: MessageKey;
}

export interface StepDefinition {
  readonly id: StepId;
  readonly title: MessageKey;
  /** One line: what to do. */
  readonly todo: MessageKey;
  /** Where it is done. RESEDA has no public site: its step names whom to ask instead. */
  readonly link?: string;
  readonly fit: Readonly<Record<Profile, StepFit>>;
  /** Useful but not needed to start: listed, marked optional, left out of the progress. */
  readonly optional?: true;
  /** The procedures the step's wording and fit come from. */
  readonly source: readonly string[];
}

const FOR_EVERYONE: StepFit = { applies: 'yes' };

/**
 * The onboarding, in the order a newcomer usually goes. Only some steps need others (state.ts's NEEDS:
 * Janus needs RESEDA, GAIA and Sygefor need Janus); the webmail needs GAIA, NEO needs Janus only for
 * « Accès authentifié ».
 */
export const STEPS: readonly StepDefinition[] = [
  {
    id: 'reseda',
    title: 'step_reseda_title',
    todo: 'step_reseda_todo',
    // The Sygefor procedure: « Si vous n'êtes pas référencé dans RESEDA, vous devez vous rapprocher de votre
    // gestionnaire ou administrateur d'unité […] pour qu'il/elle vous intègre dans RESEDA avec votre mail »;
    // the NEO procedure: « Pour savoir si vous êtes référencé consulter https://sesame.cnrs.fr/ ».
    fit: { agent: FOR_EVERYONE, unitMember: FOR_EVERYONE, external: { applies: 'no', note: 'step_note_reseda_external' } },
    source: ['procedure:sygefor'],
  },
  {
    id: 'janus',
    title: 'step_janus_title',
    todo: 'step_janus_todo',
    link: 'https://sesame.cnrs.fr/',
    // The NEO and Sygefor procedures: Sésame activates the Janus account of the RESEDA e-mail; its status list has
    // « Personnel externe » too.
    fit: { agent: FOR_EVERYONE, unitMember: FOR_EVERYONE, external: { applies: 'maybe', note: 'step_note_janus_external' } },
    source: ['procedure:neo', 'procedure:sygefor'],
  },
  {
    id: 'gaia',
    title: 'step_gaia_title',
    todo: 'step_gaia_todo',
    link: 'https://gaia.cnrs.fr/',
    // The GAIA procedure: « en tant qu'agent CNRS : nous possédons toutes et tous une adresse en @cnrs.fr mais pour
    // l'utiliser il faut l'activer »; in bold: a password not Janus's, the secret questions « indispensables »
    // and a backup address « si possible », the identifier and password written down.
    fit: {
      agent: FOR_EVERYONE,
      unitMember: { applies: 'maybe', note: 'step_note_mailbox_maybe' },
      external: { applies: 'no', note: 'step_note_mailbox_no' },
    },
    source: ['procedure:gaia'],
  },
  {
    id: 'webmail',
    title: 'step_webmail_title',
    todo: 'step_webmail_todo',
    link: 'https://webmail.cnrs.fr/',
    // The GAIA procedure, part II: « login : prenom.nom@ods.services », the password chosen in GAIA.
    fit: {
      agent: FOR_EVERYONE,
      unitMember: { applies: 'maybe', note: 'step_note_mailbox_maybe' },
      external: { applies: 'no', note: 'step_note_mailbox_no' },
    },
    source: ['procedure:gaia'],
  },
  {
    id: 'neo',
    title: 'step_neo_title',
    todo: 'step_neo_todo',
    link: 'https://neo.cnrs.fr/',
    // The NEO procedure: « Accès authentifié » for people in the CNRS information system, then « CNRS - personnels
    // des unités » and Janus; « Autre utilisateur » (an account with an e-mail and a password) for the
    // others; always the same mode; « Service - Equipe » is mandatory; « Contactez votre Assistant de
    // Prévention ! Votre unité n'est peut-être pas encore activée dans NEO. »
    fit: { agent: FOR_EVERYONE, unitMember: FOR_EVERYONE, external: { applies: 'maybe', note: 'step_note_neo_external' } },
    source: ['procedure:neo'],
  },
  {
    id: 'sygefor',
    title: 'step_sygefor_title',
    todo: 'step_sygefor_todo',
    link: 'https://formation.ifsem.cnrs.fr/page/login',
    // The Sygefor procedure: the three conditions (a CNRS unit, RESEDA with an e-mail, Janus); non-agents pick their
    // valideur in the list.
    fit: {
      agent: FOR_EVERYONE,
      unitMember: { applies: 'yes', note: 'step_note_sygefor_unit_member' },
      external: { applies: 'no', note: 'step_note_sygefor_external' },
    },
    source: ['procedure:sygefor'],
  },
  {
    id: 'bibcnrs',
    title: 'step_bibcnrs_title',
    todo: 'step_bibcnrs_todo',
    link: 'https://bib.cnrs.fr/',
    optional: true,
    // The BibCnrs procedure: affiliation to a CNRS unit gives access to BibCnrs, through Janus (an account asked on
    // Sésame) or the old BiblioVie code « qui est toujours fonctionnel ».
    fit: { agent: FOR_EVERYONE, unitMember: FOR_EVERYONE, external: { applies: 'no', note: 'step_note_bibcnrs_external' } },
    source: ['procedure:bibcnrs'],
  },
  {
    id: 'mailClient',
    title: 'step_mail_client_title',
    todo: 'step_mail_client_todo',
    link: 'https://ods.cnrs.fr/',
    optional: true,
    // The GAIA procedure, part III: « Configurez votre logiciel de messagerie si vous souhaitez y ajouter votre boîte
    // aux lettres @cnrs.fr », the guides at ods.cnrs.fr under « messagerie intégrée ».
    fit: {
      agent: FOR_EVERYONE,
      unitMember: { applies: 'maybe', note: 'step_note_mailbox_maybe' },
      external: { applies: 'no', note: 'step_note_mailbox_no' },
    },
    source: ['procedure:gaia'],
  },
];

/** How a step fits the person; before the question is answered, every step applies. */
export function fitFor(step: StepDefinition, profile: Profile | null): StepFit {
  return profile ? step.fit[profile] : FOR_EVERYONE;
}
