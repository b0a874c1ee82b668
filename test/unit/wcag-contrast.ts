import { readFileSync } from 'node:fs';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/**
 * The #rrggbb custom properties of a stylesheet, light scheme first, then the ones the
 * `prefers-color-scheme: dark` block overrides (the others carry over).
 */
export function schemeColours(cssUrl: URL): { light: Record<string, string>; dark: Record<string, string> } {
  const [lightPart, darkPart] = readFileSync(cssUrl, 'utf8').split('@media (prefers-color-scheme: dark)');
  const colours = (part = '') => Object.fromEntries([...part.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  const light = colours(lightPart);
  return { light, dark: { ...light, ...colours(darkPart) } };
}
