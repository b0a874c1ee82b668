/** The tag of the element that hosts our overlay. A custom tag that page stylesheets do not target. */
export const HOST_TAG = 'cnrs-helper';
