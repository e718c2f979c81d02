/**
 * Colours of the brand: WCAG 2 contrast between a colour and the text or background it is used
 * with, and the darker shade the header is drawn in.
 */

/** `#1a5fb4` or `#15b`: the forms `site.yaml` accepts. */
export const hexColourPattern = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function channels(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal-size text. */
export const minimumTextContrast = 4.5;

/** The colour mixed with black: `share` 0.25 keeps three quarters of each channel. */
export function darken(hex: string, share: number): string {
  return `#${channels(hex)
    .map((value) => Math.round(value * (1 - share)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The surfaces brand colours meet in the guide's styles (global.css): cards, the page, white text. */
export const brandSurfaces = { white: '#ffffff', page: '#f4f6f9' } as const;

export interface BrandColours {
  primary?: string;
  accent?: string;
}

/** CSS custom properties that override the stylesheet's defaults; only the colours the brand sets. */
export function brandCustomProperties(colours: BrandColours): Record<string, string> {
  const properties: Record<string, string> = {};
  if (colours.primary) {
    properties['--color-primary'] = colours.primary.toLowerCase();
    properties['--color-primary-dark'] = darken(colours.primary, 0.25);
  }
  if (colours.accent) properties['--color-accent'] = colours.accent.toLowerCase();
  return properties;
}

/** The guide's own colours (global.css `:root`), used where `site.yaml` sets no brand colour. */
export const defaultBrandColours = { primary: '#0b4f8a', primaryDark: '#083a66', accent: '#b3261e' } as const;

/** The colours in force: the brand's where set, the guide's own otherwise (share cards, the kiosk). */
export function resolveBrandColours(colours: BrandColours): { primary: string; primaryDark: string; accent: string } {
  const properties = brandCustomProperties(colours);
  return {
    primary: properties['--color-primary'] ?? defaultBrandColours.primary,
    primaryDark: properties['--color-primary-dark'] ?? defaultBrandColours.primaryDark,
    accent: properties['--color-accent'] ?? defaultBrandColours.accent,
  };
}

/** The brand's colours as a stylesheet rule, or '' when the brand sets none. */
export function brandStylesheet(colours: BrandColours): string {
  const declarations = Object.entries(brandCustomProperties(colours)).map(([name, value]) => `${name}:${value}`);
  // :root:root outranks global.css's :root whatever order the stylesheets load in.
  return declarations.length === 0 ? '' : `:root:root{${declarations.join(';')}}`;
}
