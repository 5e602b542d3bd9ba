// WCAG 2.2 contrast, from the definitions (relative luminance of sRGB colours), and a reader of the
// shipped palette.css: the themes are checked as the browser will draw them, not from a copy.

export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{6})$/i;

export function parseHex(value: string): Rgb {
  const match = HEX.exec(value.trim());
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${value}`);
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** color-mix(in srgb, a p%, b). */
export function mix(a: Rgb, percent: number, b: Rgb): Rgb {
  const t = percent / 100;
  return [0, 1, 2].map((i) => Math.round(a[i]! * t + b[i]! * (1 - t))) as unknown as Rgb;
}

const RULE = /([^{}]+)\{([^{}]*)\}/g;
const DECLARATION = /--([\w-]+)\s*:\s*([^;]+);/g;
const LIGHT_DARK = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i;
const COLOR_SCHEME = /color-scheme\s*:\s*([^;]+);/;
const THEME_SELECTOR = /^\.folio-themed\[data-theme="([\w-]+)"\]$/;

export type Palette = Record<string, Rgb>;

/**
 * The colours of each theme in palette.css: the base rule's variables (light-dark() resolved by the
 * theme's color-scheme) overridden by the theme's own rule. "light" and "dark" are the two schemes
 * of the base rule; every other theme is its own `[data-theme]` rule.
 */
export function themesFromCss(css: string): Record<string, Palette> {
  const rules = new Map<string, string>();
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(RULE)) {
    rules.set((match[1] ?? '').trim(), match[2] ?? '');
  }
  const base = rules.get('.folio-themed');
  if (base === undefined) throw new Error('palette.css has no .folio-themed rule');
  const resolve = (body: string, scheme: 'light' | 'dark', into: Palette) => {
    for (const [, name, raw] of body.matchAll(DECLARATION)) {
      const value = (raw ?? '').trim();
      const pair = LIGHT_DARK.exec(value);
      if (pair) into[name!] = parseHex(scheme === 'light' ? pair[1]! : pair[2]!);
      else if (value.startsWith('#')) into[name!] = parseHex(value);
    }
    return into;
  };
  const themes: Record<string, Palette> = {
    light: resolve(base, 'light', {}),
    dark: resolve(base, 'dark', {}),
  };
  for (const [selector, body] of rules) {
    const theme = THEME_SELECTOR.exec(selector)?.[1];
    if (!theme) continue;
    const scheme = COLOR_SCHEME.exec(body)?.[1]?.trim() === 'dark' ? 'dark' : 'light';
    const colours = resolve(body, scheme, resolve(base, scheme, {}));
    // A rule that only sets the scheme (light, dark) is one of the two above.
    if (Object.keys(resolve(body, scheme, {})).length > 0) themes[theme] = colours;
  }
  return themes;
}
