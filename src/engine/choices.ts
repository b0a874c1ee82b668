import { containsAny, fold, foldPhrases, longEnoughFor } from './phrase-fold';
import { isInput, isRendered, MAX_LABEL_LENGTH, shownText, textLongerThan } from './dom-facts';
import { readElements, readText } from './reading';
import { unlinkedLabels } from './field-names';

/** What a person clicks to make a choice. A disclosure (<summary>) opens text; it chooses nothing. */
export const CHOICE_ACTIONS =
  'a[href], button, input[type=submit], input[type=button], input[type=radio], input[type=checkbox], [role=button], [role=link], [role=radio], [role=option], [role=menuitem], [role=tab]';

/** Longest text that can be a choice's name (a card's title, a radio's label), not a sentence about it. */
const MAX_NAME_LENGTH = 100;
/** Raw text (the markup's indentation included) beyond which an element cannot hold a name of MAX_NAME_LENGTH. */
const MAX_RAW_NAME_LENGTH = 5_000;
/** Longest text of a card: its title, a description and its button; more is a section of the page. */
const MAX_CARD_LENGTH = 500;
/** How far up from a choice's name its control is looked for. */
const MAX_CARD_DEPTH = 5;
/** Elements that carry a choice's name as text. */
const NAME_CARRIERS = 'h1, h2, h3, h4, h5, h6, legend, label, p, li, dt, dd, th, td, strong, b, span, div';

/** A choice found on the page: the element that stands for it, and its name as the page writes it. */
export interface FoundChoice {
  readonly element: Element;
  readonly name: string;
  /** The option itself, where the choice is an option of a select (the select is the element). */
  readonly identity?: Element;
}

/** Words written right beside a link, in its own line of text, that make it part of a sentence. */
const SENTENCE_AROUND = 12;

/**
 * A link set in a sentence (« consultez <a>Sésame</a> pour… ») is a reference, not a choice: the text
 * right beside it, in the same parent, says more than a short lead-in such as « Aide : ».
 */
function inSentence(element: Element): boolean {
  if (element.tagName !== 'A' || !element.parentElement) return false;
  let around = 0;
  for (const node of element.parentElement.childNodes) {
    if (node.nodeType === 3 /* TEXT_NODE */) around += (node.nodeValue ?? '').replace(/[\s\p{P}]+/gu, '').length;
  }
  return around > SENTENCE_AROUND;
}

/** Whether the element is a control a person clicks to choose (not a link inside a sentence). */
export function isChoiceAction(element: Element): boolean {
  return element.matches(CHOICE_ACTIONS) && !inSentence(element) && isRendered(element);
}

/** The name a control shows: a button's text or value, a radio's or checkbox's label, its aria-label. */
function ownName(control: Element): string {
  if (isInput(control)) {
    if (control.type === 'submit' || control.type === 'button') return control.value;
    const labels = control.labels ? [...control.labels].map(shownText).join(' ') : '';
    // A box with no label linked to it is named by the text written beside it.
    return labels || control.getAttribute('aria-label') || unlinkedLabels(control).join(' ');
  }
  return shownText(control) || (control.getAttribute('aria-label') ?? '');
}

const matches = (text: string, phrases: readonly string[]) => containsAny(fold(text), phrases);

/**
 * Which of the phrases a text contains first, by the phrases' order (the rule lists the most telling
 * wording first), or -1. The choice whose name holds the earliest phrase wins.
 */
function rank(text: string, phrases: readonly string[]): number {
  if (!longEnoughFor(text, phrases)) return -1;
  const folded = fold(text);
  return foldPhrases(phrases).findIndex((phrase) => folded.includes(phrase));
}

/** Most a title may say besides the name (« CNRS - » before it, a short tag line after). */
const NAME_EXTRA = 30;
/** Quotation marks a text puts around a name it talks about. */
const QUOTED = /[«“"„‹]\s*$/u;

/**
 * Which phrase a text is a name for, not a sentence about (-1 if none): mostly the phrase itself, and
 * the phrase not between quotation marks (« Cliquez sur « Se connecter avec… » » quotes it).
 */
function nameRank(text: string, phrases: readonly string[]): number {
  if (!longEnoughFor(text, phrases)) return -1;
  const folded = fold(text);
  return foldPhrases(phrases).findIndex((phrase) => {
    const at = folded.indexOf(phrase);
    return at >= 0 && folded.length - phrase.length <= NAME_EXTRA && !QUOTED.test(folded.slice(0, at));
  });
}

/** The best of the candidates so far: the lowest phrase rank, the first in the document on a tie. */
class Best {
  found: FoundChoice | undefined;
  rank = Infinity;
  offer(rank: number, found: () => FoundChoice | undefined): void {
    if (rank < 0 || rank >= this.rank) return;
    const candidate = found();
    if (candidate) [this.found, this.rank] = [candidate, rank];
  }
  get settled(): boolean {
    return this.rank === 0;
  }
}

/** Whether the carrier quotes the name in a <q> (its quotation marks are drawn by the browser, not written). */
function quotes(carrier: Element, phrases: readonly string[]): boolean {
  return [...carrier.querySelectorAll('q')].some((quote) => matches(shownText(quote), phrases));
}

/** A control whose own name holds the phrase: a button, a link, a radio and its label. */
function namedControl(root: ParentNode, phrases: readonly string[], best: Best): void {
  for (const element of readElements(root, `${CHOICE_ACTIONS}, label`)) {
    if (best.settled) return;
    if (element.tagName === 'LABEL') {
      const control = (element as HTMLLabelElement).control;
      if (!control || !control.matches('input[type=radio], input[type=checkbox]')) continue;
    }
    const name = ownName(element);
    if (name.length > MAX_LABEL_LENGTH) continue;
    best.offer(rank(name, phrases), () => (!inSentence(element) && isRendered(element) ? { element, name } : undefined));
  }
}

/**
 * A name written beside its control: a card's title above a generic « Se connecter », a list item's
 * text beside its « Choisir », a whole-card link whose title is the name. The choice is the smallest
 * enclosing element that holds a control, provided it is still a card and not a section of the page.
 */
function namedCard(root: ParentNode, phrases: readonly string[], best: Best): void {
  for (const carrier of readElements(root, NAME_CARRIERS)) {
    if (best.settled) return;
    // A section of the page, not a name: its whole text is not worth reading (white space aside, far too long).
    if (textLongerThan(carrier, MAX_RAW_NAME_LENGTH)) continue;
    const name = readText(carrier);
    if (name.length > MAX_NAME_LENGTH) continue;
    best.offer(nameRank(name, phrases), () => {
      if (quotes(carrier, phrases) || !isRendered(carrier)) return undefined;
      // The smallest carrier holding the name: a <div> around the title is not the title.
      if ([...carrier.children].some((child) => child.matches(NAME_CARRIERS) && matches(shownText(child), phrases))) return undefined;
      const card = cardOf(carrier);
      return card && { element: card, name };
    });
  }
}

/** The smallest element around a name that holds a control, if it is still a card. */
function cardOf(carrier: Element): Element | undefined {
  let card: Element | null = carrier;
  for (let depth = 0; card && depth <= MAX_CARD_DEPTH; depth++, card = card.parentElement) {
    if (isChoiceAction(card)) return card;
    if (![...card.querySelectorAll(CHOICE_ACTIONS)].some(isChoiceAction)) continue;
    return shownText(card).length <= MAX_CARD_LENGTH ? card : undefined;
  }
  return undefined;
}

/** An option of a select: the choice is made in the select. */
function namedOption(root: ParentNode, phrases: readonly string[], best: Best): void {
  for (const option of readElements(root, 'option')) {
    if (best.settled) return;
    const name = readText(option);
    const select = option.closest('select');
    if (!select || name.length > MAX_LABEL_LENGTH) continue;
    best.offer(rank(name, phrases), () => (isRendered(select) ? { element: select, name, identity: option } : undefined));
  }
}

/** A choice named by one of the phrases, wherever the page writes its name; earlier phrases first. */
export function findChoice(root: ParentNode, phrases: readonly string[]): FoundChoice | undefined {
  const best = new Best();
  namedControl(root, phrases, best);
  namedCard(root, phrases, best);
  namedOption(root, phrases, best);
  return best.found;
}
