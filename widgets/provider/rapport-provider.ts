/**
 * @module <rapport-provider>: tells Rapport who is logged in to the store by exchanging
 * the store's signed proof (`customer-token`) for a customer session.
 */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ApiError } from '../core/api-client.ts';
import { identify, rapport } from '../core/config.ts';
import { defineElement } from '../core/define.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { baseStyles } from '../core/styles.ts';
import { providerStyles } from './rapport-provider.styles.ts';

export type ProviderStatus = 'anonymous' | 'pending' | 'identified' | 'failed';

/**
 * @summary Signs the shopper in to Rapport: the store renders a JWT signed with the
 * shop secret into `customer-token`; the provider exchanges it (`POST /v1/identity/exchange`)
 * and every widget on the page re-renders for that customer. Without a token (the
 * shopper logged out of the store) it signs Rapport out too. A rejected token is reported
 * as `rapport-identity-error` on `window`, never thrown; widgets then stay anonymous.
 *
 * @tag rapport-provider
 *
 * @event rapport-identity-change - On `window`: signed in or out; `detail.session` (or `null`).
 * @event rapport-identity-error - On `window`: the token was refused; `detail.error` is the `ApiError`.
 *
 * No parts or CSS properties: it renders only its slot (`display: contents`).
 *
 * @slot - Any content, e.g. the widgets of the account page.
 */
export class RapportProvider extends RapportElement {
  static override styles = [baseStyles, providerStyles];

  /** The store's signed identity proof for the logged-in customer; absent or empty when logged out. */
  @property({ attribute: 'customer-token' }) customerToken = '';

  /**
   * The shopper's answer to the store's consent banner, when the store renders it: `granted` or
   * `denied` (read by the loader once the page is parsed, as `Rapport.consent()` would be called).
   */
  @property() consent?: 'granted' | 'denied';

  /** Where the exchange stands (also reflected as the `status` attribute for styling and tests). */
  @property({ reflect: true }) status: ProviderStatus = 'anonymous';

  /** Why the last exchange failed, if it did. */
  error?: ApiError;

  private exchanged?: string;

  protected override updated() {
    if (this.customerToken === this.exchanged) return;
    this.exchanged = this.customerToken;
    void this.exchange(this.customerToken);
  }

  private async exchange(token: string) {
    if (!token) {
      if (rapport()?.session) rapport()!.signOut();
      this.status = 'anonymous';
      return;
    }
    this.status = 'pending';
    const res = await identify(token);
    if (token !== this.customerToken) return; // a newer token took over
    this.error = res.ok ? undefined : res.error;
    this.status = res.ok ? 'identified' : 'failed';
  }

  protected renderContent() {
    return html`<slot></slot>`;
  }
}

defineElement('rapport-provider', RapportProvider);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-provider': RapportProvider;
  }
}
