/**
 * @module Recommendations' limits as plain constants (no imports): the server validates
 * with them and the widget imports them.
 */

/** Items in one list: the default and the most a page may ask for. */
export const LIMIT_DEFAULT = 8;
export const LIMIT_MAX = 24;
/** Products named in one request (a cart's or an order's). */
export const PRODUCTS_MAX = 20;
/** A shopper's latest events read per request (the engine weighs the recent ones most). */
export const HISTORY_MAX = 200;
/** How far back the training job reads the log, in days. */
export const TRAIN_DAYS = 180;
/** At most this many events per training (the newest). */
export const TRAIN_MAX_EVENTS = 2_000_000;
/** A purchase counts for a recommendation clicked this many days before. */
export const ATTRIBUTION_DAYS = 7;
/** A shop's model is retrained when this many new events came in since (checked every few minutes), or hourly. */
export const RETRAIN_AFTER_EVENTS = 500;
/** The product page address, `{handle}` replaced, until the owner sets their own. */
export const DEFAULT_PRODUCT_URL = '/products/{handle}';
