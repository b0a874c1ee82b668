/**
 * What an outline of a page must never carry about the person: their e-mail addresses, their names, what
 * they typed, long numbers (a phone, a staff number). Pure: the outline (page-outline.ts) passes every
 * text it keeps through `maskPersonal`, with the values the page's fields hold at that moment.
 */

const EMAIL = /[^\s@<>()[\]«»"',;:]+@[^\s@<>()[\]«»"',;:]+\.[a-z]{2,}/giu;
/** A greeting or a « signed in as » followed by up to four capitalised words: the person's name. */
const NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*)";
const GREETING = new RegExp(
  `\\b([Bb]onjour|[Bb]onsoir|[Bb]ienvenue|[Hh]ello|[Hh]i|[Ww]elcome|[Cc]onnecté(?:e|\\(e\\))? en tant que|[Ss]igned in as|[Ll]ogged in as)(\\s*[,:]?\\s+)(${NAME_WORD}(?: ${NAME_WORD}){0,3})`,
  'gu',
);
/** Eight or more digits, spaces, dots or dashes between them allowed: phone and staff numbers, not years or unit codes. */
const LONG_NUMBER = /\+?\d(?:[ .-]?\d){7,}/gu;

export const MASKS = { email: '[e-mail]', name: '[name]', value: '[typed]', number: '[number]' } as const;

/** Values shorter than this are not looked for (a « 1 » in a field would mask every 1 of the page). */
const SHORTEST_VALUE = 3;

export function maskPersonal(text: string, fieldValues: readonly string[] = []): string {
  let masked = text;
  for (const value of [...fieldValues].sort((a, b) => b.length - a.length)) {
    const trimmed = value.trim();
    if (trimmed.length >= SHORTEST_VALUE) masked = masked.split(trimmed).join(MASKS.value);
  }
  return masked
    .replace(EMAIL, MASKS.email)
    .replace(GREETING, (_match, greeting: string, gap: string) => `${greeting}${gap}${MASKS.name}`)
    .replace(LONG_NUMBER, MASKS.number)
    .replace(/\s+/g, ' ')
    .trim();
}
