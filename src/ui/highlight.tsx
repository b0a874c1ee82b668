import { autoUpdate } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Space between a highlighted field and its outline. */
const RING_GAP_PX = 3;

/**
 * An outline drawn over the page around a field that still needs filling. It is ours, in the overlay:
 * the page's own styles and layout are never touched, and it lets every click through.
 */
export function Highlight({ anchor, hintId }: { anchor: Element; hintId: string }) {
  const ring = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ring.current;
    if (!element) return;
    const follow = () => {
      const rect = anchor.getBoundingClientRect();
      element.style.left = `${rect.left - RING_GAP_PX}px`;
      element.style.top = `${rect.top - RING_GAP_PX}px`;
      element.style.width = `${rect.width + 2 * RING_GAP_PX}px`;
      element.style.height = `${rect.height + 2 * RING_GAP_PX}px`;
    };
    return autoUpdate(anchor, element, follow);
  }, [anchor]);
  return <div ref={ring} class="ring" data-highlight={hintId} aria-hidden="true" />;
}
