/**
 * @module The shapes of the demo data (products, FAQ entries), apart from the data files
 * so that those import them without importing each other.
 */

export const CATEGORIES = ['tea', 'teaware', 'stationery', 'lighting', 'plants', 'home'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Which illustration demo/images.ts draws for a product. */
export type Art =
  | 'tin' | 'pouch' | 'cake' | 'box' | 'teapot' | 'gaiwan' | 'cups' | 'kettle' | 'tray' | 'mug'
  | 'notebook' | 'pen' | 'cards' | 'tape' | 'ink'
  | 'pendant' | 'lamp' | 'mushroom' | 'tapers' | 'jar' | 'lights' | 'lantern'
  | 'monstera' | 'pilea' | 'pothos' | 'snake' | 'bonsai' | 'pots' | 'mister' | 'throw' | 'vase' | 'basket' | 'towels' | 'incense';

export interface DemoProduct {
  handle: string;
  category: Category;
  art: Art;
  /** The product's own colour: the illustration is drawn in it. */
  colour: string;
  /** English, simplified Chinese, traditional Chinese. */
  title: readonly [string, string, string];
  /** Variant title and price in US cents; the product's price is the cheapest. */
  variants: readonly (readonly [string, number])[];
  description: string;
  tags: readonly string[];
  finalSale?: boolean;
}

export interface DemoFaq {
  /** shipping, returns, payment, account or product-care: the same slug in every locale. */
  category: string;
  question: string;
  answer: string;
}
