/**
 * @module Colours for the product illustrations: each is drawn from the product's own
 * colour, a darker and a lighter tone of it, and the aisle's background.
 */

export interface Palette {
  /** The product's colour. */
  c: string;
  dark: string;
  light: string;
  bg: string;
  paper: string;
  ink: string;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** Mixes `hex` toward white (amount > 0) or black (amount < 0). */
export function tone(hex: string, amount: number): string {
  if (!HEX.test(hex)) throw new TypeError(`not a #rrggbb colour: ${hex}`);
  const target = amount > 0 ? 255 : 0;
  const a = Math.abs(amount);
  const parts = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(v + (target - v) * a).toString(16).padStart(2, '0');
  });
  return `#${parts.join('')}`;
}

const BACKGROUNDS: Record<string, string> = {
  tea: '#f4eddf', teaware: '#e8efe9', stationery: '#eeeaf2', lighting: '#f7efdc', plants: '#e4eee3', home: '#f4e9e2',
};

export function palette(colour: string, category: string): Palette {
  return {
    c: colour,
    dark: tone(colour, -0.3),
    light: tone(colour, 0.4),
    bg: BACKGROUNDS[category] ?? '#f3f0ea',
    paper: '#fbf8f1',
    ink: '#2b2a27',
  };
}
