/**
 * WCAG 2 contrast of the brand colour where the widgets use it: as the
 * background of buttons (with `--ms-on-accent` text on it) and as the colour
 * of links and focus rings on the widget's background. Text needs 4.5:1 (AA).
 * The colours below are the widgets' own defaults (src/shared/styles.ts).
 */

export const AA_TEXT = 4.5;

export type Scheme = 'light' | 'dark';

/** The widgets' defaults for each theme. */
export const THEME_COLOURS: Record<Scheme, {onAccent: string; backgrounds: string[]}> = {
  // Links sit on the page (assumed white) or on a panel.
  light: {onAccent: '#ffffff', backgrounds: ['#ffffff', '#f3f6f9']},
  // A dark page (assumed near black) or a dark panel.
  dark: {onAccent: '#0b1624', backgrounds: ['#121212', '#1b2430']},
};

type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` to 0-255 channels, or null. */
export function parseHex(colour: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

export function luminance(colour: string): number {
  const rgb = parseHex(colour);
  if (!rgb) return NaN;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Rounded down to one decimal, so 4.49 never reads as 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** The text colour with the most contrast on a background: white or near black. */
export function bestTextOn(background: string): string {
  return contrast('#ffffff', background) >= contrast('#111111', background) ? '#ffffff' : '#111111';
}

/** The brand colour mixed towards white (dark theme) or black (light theme) until links on every background pass. */
export function readableAccent(accent: string, scheme: Scheme): string | null {
  const rgb = parseHex(accent);
  if (!rgb) return null;
  const target: Rgb = scheme === 'dark' ? [255, 255, 255] : [0, 0, 0];
  for (let t = 0; t <= 1.0001; t += 0.02) {
    const mixed = toHex(rgb.map((c, i) => c + (target[i]! - c) * t) as Rgb);
    if (THEME_COLOURS[scheme].backgrounds.every((bg) => contrast(mixed, bg) >= AA_TEXT)) return mixed;
  }
  return null;
}

export interface ContrastCheck {
  scheme: Scheme;
  /** Button text on the brand colour. */
  button: {ratio: number; ok: boolean; textColour: string; suggestion: string};
  /** Links in the brand colour on the widget's background (the worst of the backgrounds). */
  link: {ratio: number; ok: boolean; suggestion: string | null};
}

/** Checks the brand colour for each scheme the theme can show. */
export function checkBrandColour(accent: string, onAccent: string | null, theme: string): ContrastCheck[] {
  if (!parseHex(accent)) return [];
  const schemes: Scheme[] = theme === 'dark' ? ['dark'] : theme === 'auto' ? ['light', 'dark'] : ['light'];
  return schemes.map((scheme) => {
    const textColour = onAccent && parseHex(onAccent) ? onAccent : THEME_COLOURS[scheme].onAccent;
    const buttonRatio = contrast(accent, textColour);
    const linkRatio = Math.min(...THEME_COLOURS[scheme].backgrounds.map((bg) => contrast(accent, bg)));
    return {
      scheme,
      button: {ratio: buttonRatio, ok: buttonRatio >= AA_TEXT, textColour, suggestion: bestTextOn(accent)},
      link: {ratio: linkRatio, ok: linkRatio >= AA_TEXT, suggestion: linkRatio >= AA_TEXT ? null : readableAccent(accent, scheme)},
    };
  });
}
