/**
 * @module One product card of <rapport-recommendations>, and its skeleton: the image in a
 * box of fixed size (a neutral one when there is no image or it fails), the name, the price
 * in the shopper's language and the shop's currency, the variant, and why it is shown. The
 * whole card is one link whose text (name, price, variant, reason) is its name: what a
 * screen reader says is what the card shows; the image is decoration beside the name. Every
 * line has a fixed height, so a card is exactly as tall as its skeleton.
 */
import { html, nothing } from 'lit';
import type { RecommendationItem } from '../../server/recommendations/contract.ts';

const formats = new Map<string, Intl.NumberFormat | null>();

/** `minor` units of `currency` as the shopper reads a price in `locale` (JPY has no minor unit, KWD three). */
export function formatPrice(minor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  if (!formats.has(key)) {
    try {
      formats.set(key, new Intl.NumberFormat(locale, { style: 'currency', currency }));
    } catch {
      formats.set(key, null); // not an ISO 4217 code
    }
  }
  const f = formats.get(key);
  if (!f) return `${(minor / 100).toFixed(2)} ${currency}`;
  return f.format(minor / 10 ** (f.resolvedOptions().maximumFractionDigits ?? 2));
}

/**
 * The product page as a link: a relative address is the store's own page (it resolves
 * against the page the shopper is on); anything but http(s) is no link at all.
 */
export function productHref(url: string): string | undefined {
  try {
    const u = new URL(url, document.baseURI);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A broken image leaves the neutral box behind it, not the browser's broken-image icon. */
const hideBroken = (e: Event) => ((e.target as HTMLImageElement).hidden = true);

/** The card of an item; `href` is its checked link; `picked` runs before the browser follows it. */
export function card(item: RecommendationItem, href: string, locale: string, picked: () => void) {
  const p = item.product;
  return html`<li>
    <a part="card" class="card" href=${href} @click=${picked} @auxclick=${(e: MouseEvent) => e.button === 1 && picked()}>
      <span class="image" part="image">${p.imageUrl
        ? html`<img src=${p.imageUrl} alt="" loading="lazy" decoding="async" width="160" height="160" @error=${hideBroken} />`
        : nothing}</span>
      <span class="name" part="name">${p.title}</span>
      <span class="line"><span part="price">${formatPrice(p.price, p.currency, locale)}</span>${p.variant
        ? html`<span part="variant" class="variant">${p.variant.title}</span>`
        : nothing}</span>
      <span class="reason" part="reason">${item.reason.text}</span>
    </a>
  </li>`;
}

/** A card's outline while the list loads: the same boxes, no text. */
export const skeletonCard = html`<li><span class="card"><span class="image"></span><span class="name bar"></span>
  <span class="line bar short"></span><span class="reason bar"></span></span></li>`;
