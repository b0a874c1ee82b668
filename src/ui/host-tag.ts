/**
 * The element that hosts our overlay, and how it is known. A plain `<div>` rather than a custom tag: a
 * page can define a custom element's name before we create one (and give it a closed shadow root, or a
 * `connectedCallback` that removes it), but it cannot redefine `div`. Page stylesheets that target `div`
 * lose to the host's inline important declarations; it is told apart by its attribute.
 */
export const HOST_TAG = 'div';
export const HOST_ATTRIBUTE = 'data-cnrs-helper';

/** Whether a node is our overlay's host (by its attribute: its tag is every page's). */
export function isOverlayHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(HOST_ATTRIBUTE);
}
