/**
 * Who the person is, as the popup asks it once. The three answers follow the identity-provider choice of
 * the NEO procedure: « Personnels des unités » is for CNRS staff and for non-CNRS staff of a unit one of whose
 * tutelles is the CNRS; « Personnels externes » for people whose structure does not have the CNRS as a
 * tutelle. The Sygefor procedure then separates CNRS agents from the others (Sygefor's valideur).
 */
export const PROFILES = ['agent', 'unitMember', 'external'] as const;
export type Profile = (typeof PROFILES)[number];

export function isProfile(value: unknown): value is Profile {
  return PROFILES.includes(value as Profile);
}

/** A stored answer: a profile, or null while the question is unanswered; anything else is unreadable. */
export function decodeProfile(value: unknown): Profile | null | undefined {
  if (value === null) return null;
  return isProfile(value) ? value : undefined;
}
