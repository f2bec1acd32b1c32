/**
 * @module The shelf's behaviour once its list is on the page: an impression when at least
 * half of the list is in view (once per list), and the scroll buttons a mouse needs — which
 * side has more products, and a page's worth of scrolling towards it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The share of the list that must be visible for it to count as seen. */
export const SEEN_RATIO = 0.5;

export class ShelfController implements ReactiveController {
  /** Whether products are hidden before (after) the visible ones. */
  before = false;
  after = false;
  private el?: HTMLElement;
  private id?: string;
  private onSeen?: () => void;
  private readonly seen = new Set<string>();
  private io?: IntersectionObserver;
  private ro?: ResizeObserver;
  private readonly measure = () => {
    const el = this.el;
    if (!el) return;
    const left = Math.abs(el.scrollLeft);
    const before = left > 1;
    const after = left + el.clientWidth < el.scrollWidth - 1;
    if (before === this.before && after === this.after) return;
    [this.before, this.after] = [before, after];
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.watch(undefined);
  }

  /** Watches the scroller `el` showing the list `id`; `onSeen` is called once per list id. */
  watch(el: HTMLElement | undefined, id?: string, onSeen?: () => void) {
    const fresh = id !== this.id;
    [this.id, this.onSeen] = [id, onSeen];
    if (el && el === this.el) {
      this.measure(); // the products changed: so may the sides with more of them
      // A new list in the same place: observing again reports whether it is in view now.
      if (fresh && this.io) (this.io.unobserve(el), this.io.observe(el));
      return;
    }
    this.el?.removeEventListener('scroll', this.measure);
    this.io?.disconnect();
    this.ro?.disconnect();
    this.el = el;
    if (!el) return;
    el.addEventListener('scroll', this.measure, { passive: true });
    if (typeof ResizeObserver === 'function') (this.ro ??= new ResizeObserver(this.measure)).observe(el);
    if (typeof IntersectionObserver === 'function') {
      this.io ??= new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting && e.intersectionRatio >= SEEN_RATIO) || !this.id || this.seen.has(this.id)) return;
        this.seen.add(this.id);
        this.onSeen?.();
      }, { threshold: SEEN_RATIO });
      this.io.observe(el);
    }
    this.measure();
  }

  /** Scrolls the shelf by most of its width, towards `dir` (-1 before, 1 after). */
  page(dir: -1 | 1) {
    const el = this.el;
    if (!el) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollBy({ left: dir * Math.max(el.clientWidth * 0.8, 1), behavior: smooth ? 'smooth' : 'auto' });
  }
}
