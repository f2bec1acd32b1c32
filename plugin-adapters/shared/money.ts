/**
 * @module Money: decimal amounts as the platforms send them ("409.94", 195.67, "1999")
 * turned into integer minor units of their currency, digit by digit — never through
 * floating-point arithmetic.
 */

// ISO 4217 minor units where they are not 2 (the platforms follow ISO, not CLDR's
// display digits, which differ for e.g. HUF, TWD and IDR).
const MINOR_DIGITS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0,
  UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

const CURRENCY_CODE = /^[A-Za-z]{3}$/;
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Upper-cases a three-letter currency code; null when it is not one. */
export function normalizeCurrency(code: string): string | null {
  return CURRENCY_CODE.test(code) ? code.toUpperCase() : null;
}

/** How many minor units digits the currency has (2 unless ISO 4217 says otherwise). */
export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency.toUpperCase()] ?? 2;
}

/** Whether a string is a plain decimal number (digits, optional sign and fraction, no exponent). */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

/**
 * The amount in minor units, e.g. ("409.94", "USD") → 40994, ("1999", "JPY") → 1999,
 * ("1.5", "KWD") → 1500. Null when it cannot be exact: digits the currency does not have
 * ("0.001" USD), or a value past 2^53 − 1 minor units.
 */
export function decimalToMinorUnits(decimal: string, currency: string): number | null {
  const m = DECIMAL.exec(decimal.trim());
  if (!m) return null;
  const digits = minorDigits(currency);
  const fraction = m[3] ?? '';
  if (/[^0]/.test(fraction.slice(digits))) return null;
  const all = (m[2] + fraction.slice(0, digits).padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  const value = Number(all);
  if (!Number.isSafeInteger(value)) return null;
  return m[1] && value !== 0 ? -value : value;
}

/** The decimal text of a JSON number, or null for one written with an exponent or not finite. */
export function numberToDecimal(value: number): string | null {
  const text = String(value);
  return DECIMAL.test(text) ? text : null;
}
