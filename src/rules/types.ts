import type { MessageKey } from '../shared/message-keys';

/**
 * Finds one element of the page. Rules name elements by what a person sees (a label, a button's text)
 * wherever the real markup is unknown, and by selector only where the markup is confirmed.
 * Phrases are compared after folding case, accents, apostrophes and spaces, so rules can quote the
 * page's wording as it is written ("Choisir mon fournisseur d'identité").
 */
export type Locator =
  /**
   * The first element matching a CSS selector, or its `nth` (from 1): structure a person sees, such as
   * « the second password field » of a form that asks for a new password twice.
   */
  | { readonly selector: string; readonly nth?: number }
  /** A clickable element (link, button, submit, option, label, [role=button]) whose text contains a phrase. */
  | { readonly control: readonly string[] }
  /**
   * An option the person picks, wherever the page writes its name: in the button or link itself, in a
   * radio's label, in the title of a card or list item beside a generic button (the card is found), as
   * an option of a select (the select is found). Choices of one page must be distinct elements.
   */
  | { readonly choice: readonly string[] }
  /**
   * A form field (input, select, textarea) whose name contains a phrase: its accessible name (label,
   * aria-*, placeholder, title), or, with no label linked to it, the text just before or after it, or its
   * part of one label over several fields. The field whose matching name is shortest wins.
   */
  | { readonly field: readonly string[] }
  /**
   * A heading, legend or other short text block (at most 200 characters) containing a phrase, the most
   * specific one; with `matching`, only a block whose text the pattern also matches (a real identifier,
   * not the « prenom.nom@… » form a sentence explains it by).
   */
  | { readonly heading: readonly string[]; readonly matching?: RegExp };

/** One fact about the page; a page rule holds when all of its conditions do. */
export type Condition =
  | Locator
  /** The page's visible text contains one of the phrases (list its French and English wording). */
  | { readonly text: readonly string[] }
  /** The URL's path and query match. */
  | { readonly path: RegExp }
  | { readonly not: Condition }
  /** At least one of these holds (the same fact worded by each known version of the page). */
  | { readonly anyOf: readonly Condition[] }
  /** At least `count` of these independent signals hold, so that no single one is required. */
  | { readonly atLeast: number; readonly of: readonly Condition[] };

/** A live check of what the person types into the hint's anchor field; see src/checks/. */
export type CheckId = 'resedaEmail' | 'gaiaIdentifier' | 'sameAsOtherField';

/**
 * When a hint shows. Default: as long as its page does.
 * - `whileEmpty`: while its anchor field is empty (a required field); it goes once the field is filled.
 * - `whilePointedAt`: while its anchor is hovered or has focus (a warning just before a click).
 * - `afterActivating`: once the person has clicked that element (a path to warn about).
 */
export type ShowWhen = 'always' | 'whileEmpty' | 'whilePointedAt' | { readonly afterActivating: Locator };

/** Text taken from the page to complete a hint's message, e.g. the service named in Janus's legend. */
export interface PageTextArgument {
  /** Where the text is; with several, the first that gives a value. */
  readonly from: Locator | readonly Locator[];
  /** Applied to the element's text; the first capture group is the value. */
  readonly pattern: RegExp;
}

/**
 * The name the page gives to what the hint is about (a choice's title, a field's label), quoted so that
 * the hint names its subject in the page's own words, in the page's language. Where the page shows no
 * name for it, the locator's first phrase (the official wording) is quoted instead.
 */
export interface NameArgument {
  readonly nameOf: Locator;
}

export type HintArgument = PageTextArgument | NameArgument;

export interface HintSpec {
  /** Stable and unique over all rules: the `data-hint` of the test contract and the key of a dismissal. */
  readonly id: string;
  readonly message: MessageKey;
  /** Where the hint sits: the first locator that finds an element. None found: the hint is docked. */
  readonly anchor: readonly Locator[];
  /** Values for the message's placeholders, in order. A hint whose argument is missing is not shown. */
  readonly args?: readonly HintArgument[];
  readonly check?: CheckId;
  /** For the `sameAsOtherField` check: the field whose value must be repeated. */
  readonly compareWith?: Locator;
  readonly show?: ShowWhen;
  /**
   * Shown only once the onboarding checklist has this step done (ticked by a page or by the person): a
   * warning meant for the moment after that step, which would mislead anyone still before it.
   */
  readonly afterStepDone?: StepId;
  /** Outline the anchor while the hint shows (drawn over the page, never changing its styles). */
  readonly highlight?: boolean;
  /** Offer a button that copies the hint's first page-text argument (e.g. the assigned identifier). */
  readonly copy?: boolean;
  /**
   * Shows the live GAIA password checker in the card (the anchor is the new password, `compareWith` its
   * confirmation). The person's names are read from the page where it shows them (the first of these that
   * is found), else taken from the settings.
   */
  readonly passwordChecker?: { readonly namesFrom: readonly PageTextArgument[] };
  /** Documentation the procedure points to, shown as links under the text (opened by the person only). */
  readonly links?: readonly { readonly label: MessageKey; readonly href: string }[];
  /** Where this advice comes from: ids of docs/sources.md (`procedure:neo`, `facts:janus`…), checked by the catalogue test. */
  readonly source: readonly string[];
}

/**
 * A choice the person makes on this page that the extension remembers (never anything typed), so that
 * next time it can say which one they used and warn before they pick another one.
 */
export interface RememberedChoice {
  /** Storage key of the remembered value; stable. */
  readonly key: string;
  readonly options: readonly {
    readonly value: string;
    /** The option; its text on the page is what the hints quote. */
    readonly control: Locator;
  }[];
  /** Shown next to the option chosen last time; its one placeholder is that option's label. */
  readonly sameHint: { readonly id: string; readonly message: MessageKey };
  /** Shown next to another option while it is pointed at or focused; placeholder: last time's label. */
  readonly switchHint: { readonly id: string; readonly message: MessageKey };
  readonly source: readonly string[];
}

/** The onboarding checklist's steps (test contract: `[data-step="<id>"]`), in order. */
export const STEP_IDS = ['reseda', 'janus', 'gaia', 'webmail', 'neo', 'sygefor', 'bibcnrs', 'mailClient'] as const;
export type StepId = (typeof STEP_IDS)[number];

/**
 * When this page shows that a checklist step succeeded: on arrival, or when its form is sent with the
 * listed fields filled in. Only the step's id leaves the page; never what was typed.
 */
export interface StepSuccess {
  readonly step: StepId;
  readonly when:
    | 'visited'
    | {
        readonly submittedWith: readonly Locator[];
        /** The listed fields must also hold the same value (a repeated entry that the site would refuse). */
        readonly matching?: boolean;
      };
}

export interface PageRule<Id extends string = string> {
  /** Stable: part of the test contract (`data-page`) and of stored state, so never renamed. */
  readonly id: Id;
  /** The page in words, for the popup's « here and now » line and the checklist. */
  readonly name: MessageKey;
  /** How the page is recognised: every condition must hold. */
  readonly recognisedBy: readonly Condition[];
  readonly hints: readonly HintSpec[];
  readonly remembers?: RememberedChoice;
  readonly marksStep?: StepSuccess;
}

/** Who to ask about a site, as a procedure names them. */
export interface SupportContact {
  readonly message: MessageKey;
  readonly email?: string;
  readonly source: readonly string[];
}

export interface SiteRules<PageIds extends string = string> {
  /** Short name of the CNRS service, used to turn a site off. */
  readonly id: string;
  /** The service in words, in the settings' list of sites. */
  readonly name: MessageKey;
  /**
   * Host names where the site's pages live. Absent: the pages have no known host and are recognised
   * by their text on any CNRS host.
   */
  readonly hosts?: readonly string[];
  readonly pages: readonly PageRule<PageIds>[];
  /** Shown in the troubleshooting panel of every page of the site. */
  readonly support?: readonly SupportContact[];
}
