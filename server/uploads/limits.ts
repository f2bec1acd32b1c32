/**
 * @module Photo uploads' limits as plain constants (the widgets import them too).
 */

/** Bytes of one uploaded photo. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
/** Pixels of one photo (a phone camera's 48 MP fits; a 20,000 × 20,000 "bomb" does not), and of either side. */
export const UPLOAD_MAX_PIXELS = 50_000_000;
export const UPLOAD_MAX_SIDE = 12_000;
/** A preview (made by the shopper's browser) is at most this many pixels on its longer side. */
export const PREVIEW_MAX_SIDE = 640;
/** Uploads per client address and per shop; past either, a proof of work is asked for. */
export const UPLOAD_RATE = { perClient: { hits: 40, seconds: 600 }, perShop: { hits: 5000, seconds: 3600 } } as const;
/** An upload no submission used within this many hours is removed. */
export const UPLOAD_KEEP_HOURS = 24;
