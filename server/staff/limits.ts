/**
 * @module Sign-in throttles (plain constants). Every count is a window that ends on its
 * own, so failures decay: nobody who knows a staff email can keep the account locked for
 * good, and a browser that signed in before is never locked out by strangers' guesses.
 */
export const SIGN_IN = {
  /** Any emails from one client address. */
  perClient: { hits: 30, seconds: 600 },
  /** Failures for one account from one client address. */
  perAccountClient: { hits: 5, seconds: 900 },
  /** Failures for one account from anywhere: past it, browsers that never signed in to it wait. */
  perAccount: { hits: 20, seconds: 900 },
  /** Failures from a browser that signed in to the account before (its device cookie). */
  perDevice: { hits: 10, seconds: 900 },
} as const;

/** How long a browser is remembered as one that signed in before. */
export const DEVICE_DAYS = 180;
