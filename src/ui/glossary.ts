import type { MessageKey } from '../shared/message-keys';

/**
 * The CNRS words a newcomer does not know, explained where a card first uses them. The definitions are
 * catalogue messages (`term_*`), written from the procedures' own explanations; the forms are how the
 * word is written in a card, in French or in English, page text quoted in it included.
 */
export interface GlossaryTerm {
  readonly id: string;
  readonly forms: RegExp;
  readonly definition: MessageKey;
  /** Where the definition comes from, named as the rules name their sources. */
  readonly source: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  // The Sygefor procedure: « l'annuaire du CNRS (RESEDA) », « RESEDA/Labintel », the gestionnaire who adds you; the BibCnrs procedure: « CNRS Labintel ».
  { id: 'reseda', forms: /\bRESEDA\b|\bLabintel\b/, definition: 'term_reseda', source: ['procedure:sygefor', 'procedure:bibcnrs'] },
  // The NEO and NOA procedures: « une unité dont le CNRS est l'une des tutelles », « tutelle ou cotutelle (même si votre employeur n'est pas le CNRS) ».
  { id: 'tutelle', forms: /\b(?:co)?tutelles?\b/i, definition: 'term_tutelle', source: ['procedure:neo', 'procedure:noa'] },
  // The Sygefor procedure: « un correspondant formation de l'unité (COFO) », « référencés dans RESEDA et récupérés par SYGEFOR ».
  { id: 'cofo', forms: /\bCOFO\b/, definition: 'term_cofo', source: ['procedure:sygefor'] },
  // The Sygefor procedure: « un valideur de formation »; agents find theirs filled in, others pick it in the list.
  { id: 'valideur', forms: /\bvalideurs?\b/i, definition: 'term_valideur', source: ['procedure:sygefor'] },
  // The Sygefor procedure: to be in a CNRS unit « qu'il soit rémunéré par le CNRS ou pas », priority to « agents CNRS ».
  { id: 'agent', forms: /\bagents? (?:du )?CNRS\b|\bCNRS agents?\b/i, definition: 'term_agent', source: ['procedure:sygefor'] },
  // The NEO procedure: « Contactez votre Assistant de Prévention ! », and for a wrong e-mail in NEO.
  { id: 'assistant', forms: /\bassistants? de prévention\b/i, definition: 'term_assistant', source: ['procedure:neo'] },
  // The Sygefor procedure: « une formation de l'IFSeM », Sygefor IFSeM; the Sygefor templates: « La délégation IFSeM du CNRS ».
  { id: 'ifsem', forms: /\bIFSeM\b/, definition: 'term_ifsem', source: ['procedure:sygefor', 'Sygefor templates'] },
  // Sygefor's own login page: « Je n'ai pas de compte Janus ou CRU » → « Créer mon Compte Réseau Universel » (cru.renater.fr).
  { id: 'cru', forms: /\bCRU\b/, definition: 'term_cru', source: ['Sygefor login page'] },
  // The NOA procedure: « se connecter à NOA via la Fédération d'identité »; local accounts have no access to the référentiels.
  { id: 'noa', forms: /\bNOA\b/, definition: 'term_noa', source: ['procedure:noa'] },
  { id: 'referentiels', forms: /\bréférentiels\b|\breference databases\b/i, definition: 'term_referentiels', source: ['procedure:noa'] },
  // The GAIA procedure: « un identifiant de compte d'accès de la forme prenom.nom@ods.services », the mailbox « en @cnrs.fr ».
  { id: 'ods-identifier', forms: /[\w.-]+@ods\.services\b/, definition: 'term_ods_identifier', source: ['procedure:gaia'] },
];

/** A run of a card's text: plain, or a glossary word with its term. */
export type GlossedRun = { readonly text: string; readonly term?: GlossaryTerm };

/**
 * Cuts a card's text into runs, marking the first use of each glossary word (later uses stay plain:
 * one explanation per card is enough, and a card full of marked words is hard to read).
 */
export function glossRuns(text: string, glossary: readonly GlossaryTerm[] = GLOSSARY): GlossedRun[] {
  const found: { start: number; end: number; term: GlossaryTerm }[] = [];
  for (const term of glossary) {
    const match = new RegExp(term.forms.source, term.forms.flags.replace('g', '')).exec(text);
    if (match) found.push({ start: match.index, end: match.index + match[0].length, term });
  }
  found.sort((a, b) => a.start - b.start);
  const runs: GlossedRun[] = [];
  let at = 0;
  for (const { start, end, term } of found) {
    // Two words overlapping (none do today): the earlier one wins.
    if (start < at) continue;
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: text.slice(start, end), term });
    at = end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at) });
  return runs;
}
