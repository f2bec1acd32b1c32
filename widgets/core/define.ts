/**
 * @module The one way an element is defined, storefront and admin alike: once per page,
 * and quietly when some copy of Rapport (another version pasted twice, a test) did it
 * already — a second `customElements.define` would throw into the host page.
 */

/**
 * Defines `tag` as `ctor` unless the page already has it.
 *
 * @example
 * defineElement('rapport-faq', RapportFaq);
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { beforeDefine?(): void }): void {
  if (customElements.get(tag)) return;
  // The registry reads the lifecycle callbacks when defining: a class that wraps its own
  // (RapportElement guards its subclasses') must do it before that.
  ctor.beforeDefine?.();
  customElements.define(tag, ctor);
}
