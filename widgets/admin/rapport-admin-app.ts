/** @module admin placeholder */
import { LitElement, html } from 'lit';
class RapportAdminApp extends LitElement {
  override render() { return html`<p>admin</p>`; }
}
customElements.define('rapport-admin-app', RapportAdminApp);
