import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CHECKS, type CheckVerdict } from '../checks/field-checks';
import type { ResolvedHint } from '../engine/hints';
import { isInput } from '../engine/locate';
import { PasswordPanelOnDemand } from '../password-panel/on-demand';
import type { CheckId } from '../rules/types';
import { t } from '../shared/i18n';
import { GlossedText } from './glossed-text';

export interface HintCardProps {
  readonly hint: ResolvedHint;
  /** The person's names from the settings, for the password checker when the page shows none. */
  readonly personNames: readonly string[];
  /** Closes the hint for good; says whether that was stored (the card stays, and says so, when not). */
  readonly onDismiss: (hintId: string) => Promise<boolean>;
}

/** What Tab can reach inside the overlay, in the order Tab reaches it. */
const TABBABLE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The first control of ours after the card, where Tab would have gone next (the help button is always last). */
function controlAfter(card: HTMLElement): HTMLElement | undefined {
  const root = card.getRootNode() as ShadowRoot;
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].find(
    (element) => !card.contains(element) && card.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

export function HintCard({ hint, personNames, onDismiss }: HintCardProps) {
  const { spec, anchor, args, compareWith } = hint;
  const card = useRef<HTMLDivElement>(null);
  const textId = `hint-text-${spec.id}`;
  const [notSaved, setNotSaved] = useState(false);
  const dismiss = (event: Event) => {
    // Only the person closes a hint: a page script can reach our open shadow root and click, but its
    // events are not trusted.
    if (!event.isTrusted) return;
    const element = card.current;
    const root = element?.getRootNode();
    const hadFocus = element && root instanceof ShadowRoot && element.contains(root.activeElement);
    const next = hadFocus ? controlAfter(element) : undefined;
    void onDismiss(spec.id).then((stored) => setNotSaved(!stored));
    if (!hadFocus) return;
    // Keyboard users who closed the hint go back to the field it was about; when that is not a control
    // (a heading, a legend), to where Tab would have gone next. Never to the top of the page.
    if (anchor instanceof HTMLElement) anchor.focus({ preventScroll: true });
    if (!(anchor instanceof HTMLElement && anchor.matches(':focus'))) next?.focus({ preventScroll: true });
  };
  return (
    <div
      ref={card}
      class="card"
      role="note"
      data-hint={spec.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          dismiss(event);
        }
      }}
    >
      <GlossedText id={textId} text={t(spec.message, args)} />
      {spec.check && anchor && <LiveCheck check={spec.check} field={anchor} other={compareWith} />}
      {spec.passwordChecker && anchor && (
        <PasswordPanelOnDemand field={anchor} confirmation={compareWith} names={hint.pageNames?.length ? hint.pageNames : personNames} />
      )}
      {/* A new value is a new button: « Copied » was said of the old one. */}
      {spec.copy && args[0] && <CopyButton key={args[0]} value={args[0]} />}
      {spec.links && (
        <ul class="links">
          {spec.links.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {t(link.label)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {notSaved && (
        <p class="not-saved" role="status">
          {t('ui_dismiss_not_saved')}
        </p>
      )}
      {/* The hint's text is the button's description, so that a screen reader reaching it by Tab reads it. */}
      <button type="button" class="dismiss" aria-label={t('ui_dismiss')} aria-describedby={textId} title={t('ui_dismiss')} onClick={dismiss}>
        <svg class="dismiss-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </button>
    </div>
  );
}

function valueOf(field: Element | undefined): string {
  return field && isInput(field) ? field.value : '';
}

/**
 * The verdict of a live check on what the person types. The value is read here and dropped: it is
 * never stored, sent or written anywhere. The status region announces a new verdict once, politely.
 */
function LiveCheck({ check, field, other }: { check: CheckId; field: Element; other: Element | undefined }) {
  const evaluate = (): CheckVerdict | undefined => (isInput(field) ? CHECKS[check](field.value, valueOf(other)) : undefined);
  const [verdict, setVerdict] = useState<CheckVerdict | undefined>(evaluate);
  // A layout effect, so the listener is there before the next keystroke can arrive.
  useLayoutEffect(() => {
    const controller = new AbortController();
    const update = () => setVerdict(evaluate());
    for (const element of other ? [field, other] : [field]) {
      element.addEventListener('input', update, { signal: controller.signal });
      element.addEventListener('change', update, { signal: controller.signal });
    }
    update();
    return () => controller.abort();
    // evaluate reads only check, field and other.
  }, [check, field, other]);
  return (
    <p class="check" role="status" data-check={check} data-state={verdict?.state ?? 'empty'}>
      {verdict && (
        <>
          <span class="check-icon" aria-hidden="true">
            {verdict.state === 'ok' ? '✓' : '✗'}
          </span>
          {t(verdict.message)}
        </>
      )}
    </p>
  );
}

/** Copies a value the page shows (never anything typed) to the clipboard, and says so. */
function CopyButton({ value }: { value: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <p class="actions">
      <button type="button" class="action" data-copy onClick={copy}>
        {t('ui_copy')}
      </button>
      <span role="status" class="action-status">
        {state === 'copied' ? t('ui_copied') : state === 'failed' ? t('ui_copy_failed') : ''}
      </span>
    </p>
  );
}
