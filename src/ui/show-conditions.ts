import { useLayoutEffect, useState } from 'preact/hooks';
import type { ResolvedHint } from '../engine/hints';
import { isEmptyField } from '../engine/locate';

function shownNow(hint: ResolvedHint, activated: ReadonlySet<string>, pointed: ReadonlySet<string>): boolean {
  const show = hint.spec.show ?? 'always';
  if (show === 'always') return true;
  if (show === 'whileEmpty') return hint.anchor !== undefined && isEmptyField(hint.anchor);
  if (show === 'whilePointedAt') return pointed.has(hint.spec.id);
  return activated.has(hint.spec.id);
}

const NOTHING = new Set<string>();

/** Whether a hint shows as the page arrives, before the person points at or clicks anything. */
export function shownOnArrival(hint: ResolvedHint): boolean {
  return shownNow(hint, NOTHING, NOTHING);
}

/**
 * The hints whose show condition holds now, kept current as the person fills fields, clicks, points and
 * focuses. Listens on the page's elements with a signal, so everything stops with the overlay.
 */
export function useShownHints(hints: readonly ResolvedHint[]): readonly ResolvedHint[] {
  const [version, setVersion] = useState(0);
  const [activated] = useState(() => new Set<string>());
  const [pointed] = useState(() => new Set<string>());
  useLayoutEffect(() => {
    const controller = new AbortController();
    const options = { signal: controller.signal };
    const changed = () => setVersion((value) => value + 1);
    for (const hint of hints) {
      const show = hint.spec.show;
      const { anchor, activator, spec } = hint;
      if (show === 'whileEmpty' && anchor) {
        anchor.addEventListener('input', changed, options);
        anchor.addEventListener('change', changed, options);
      } else if (show === 'whilePointedAt' && anchor) {
        const point = (on: boolean) => () => {
          if (on) pointed.add(spec.id);
          else pointed.delete(spec.id);
          changed();
        };
        anchor.addEventListener('pointerenter', point(true), options);
        anchor.addEventListener('focus', point(true), options);
        anchor.addEventListener('pointerleave', point(false), options);
        anchor.addEventListener('blur', point(false), options);
      } else if (activator) {
        activator.addEventListener(
          'click',
          () => {
            activated.add(spec.id);
            changed();
          },
          options,
        );
      }
    }
    return () => controller.abort();
  }, [hints, activated, pointed]);
  void version;
  return hints.filter((hint) => shownNow(hint, activated, pointed));
}
