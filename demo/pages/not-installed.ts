/**
 * @module What the demo's address shows when there is no demo shop (SEED_DEMO=never,
 * or the database already held other shops): how to put Rapport on a store instead.
 */
import { html, type SafeHtml } from '../../server/kernel/http/html.ts';

const WIDGETS = ['rapport-profile', 'rapport-faq', 'rapport-order-tracker', 'rapport-returns', 'rapport-feedback', 'rapport-recommendations'];

export function notInstalledPage(origin: string): SafeHtml {
  const tag = `<script type="module" src="${origin}/widgets/rapport.js" data-shop="pk_…your public key…"></script>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport</title>
<link rel="stylesheet" href="/demo/styles.css">
</head>
<body>
<main id="main" class="wrap install">
  <h1>Rapport is running</h1>
  <p class="lede">This server has no demo store: it was started with <code>SEED_DEMO=never</code>, or its database
    already held shops. Start on an empty database to get the demo "Lumen &amp; Leaf" back.</p>
  <h2>Put Rapport on your store</h2>
  <ol class="steps">
    <li>Sign in to the <a href="/admin">admin</a> with your shop's owner account (or create a shop with
      <code>npm run rapport</code>), and add your store's origin to the shop's allowed origins.</li>
    <li>Paste the script tag into your store's layout:<pre><code>${tag}</code></pre></li>
    <li>Place the widgets where they belong: ${WIDGETS.map((w, i) => html`${i ? ', ' : ''}<code>&lt;${w}&gt;</code>`)}.</li>
    <li>To recognise signed-in customers, sign an HS256 JWT with the shop's signing secret (claims <code>sub</code>,
      <code>email</code>, <code>name</code>, <code>exp</code> within an hour) and wrap the widgets in
      <code>&lt;rapport-provider customer-token="…"&gt;</code>.</li>
  </ol>
  <p class="muted">The API is described at <a href="/v1/openapi.json">/v1/openapi.json</a>.</p>
</main>
</body>
</html>`;
}
