import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { glossRuns } from './glossary';

/** How long a definition opened by the pointer stays once the pointer leaves, to let it reach the definition. */
const HOVER_GRACE_MS = 300;

/**
 * A card's text, its CNRS words marked: each one a button that shows its definition on hover, focus or
 * tap, and hides it on Escape, blur or when the pointer leaves. The definitions sit after the text (not
 * inside it), so that the text read aloud, or as the dismiss button's description, is the card's alone;
 * each word is described by its definition for screen readers.
 */
export function GlossedText({ id, text }: { id: string; text: string }) {
  const [open, setOpen] = useState<string | null>(null);
  const [above, setAbove] = useState(false);
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(closing.current), []);
  const runs = glossRuns(text);
  const show = (termId: string, word: Element) => {
    clearTimeout(closing.current);
    // Near the bottom of the window, the definition opens above its card rather than off screen.
    setAbove(word.getBoundingClientRect().bottom > window.innerHeight * 0.6);
    setOpen(termId);
  };
  const hideSoon = () => {
    clearTimeout(closing.current);
    closing.current = setTimeout(() => setOpen(null), HOVER_GRACE_MS);
  };
  const stay = () => clearTimeout(closing.current);
  return (
    <>
      <p class="text" id={id}>
        {runs.map((run, index) =>
          run.term ? (
            <button
              type="button"
              class="term"
              key={index}
              data-term={run.term.id}
              aria-expanded={open === run.term.id}
              aria-describedby={`${id}-term-${run.term.id}`}
              onClick={(event) => (open === run.term!.id ? setOpen(null) : show(run.term!.id, event.currentTarget))}
              onMouseEnter={(event) => show(run.term!.id, event.currentTarget)}
              onMouseLeave={hideSoon}
              onFocus={(event) => show(run.term!.id, event.currentTarget)}
              onBlur={() => setOpen(null)}
              onKeyDown={(event) => {
                // Escape hides the definition first; pressed again, it reaches the card (which closes).
                if (event.key === 'Escape' && open) {
                  event.stopPropagation();
                  setOpen(null);
                }
              }}
            >
              {run.text}
            </button>
          ) : (
            run.text
          ),
        )}
      </p>
      {runs.map(({ term }) =>
        term ? (
          <p
            key={term.id}
            class="term-definition"
            role="tooltip"
            id={`${id}-term-${term.id}`}
            data-definition={term.id}
            data-above={above ? '' : undefined}
            hidden={open !== term.id}
            onMouseEnter={stay}
            onMouseLeave={hideSoon}
          >
            {t(term.definition)}
          </p>
        ) : null,
      )}
    </>
  );
}
