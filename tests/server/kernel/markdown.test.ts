/**
 * @module Merchant Markdown rendered once on the server (issue 7 #13): safe HTML (raw HTML
 * shown as text, only http(s)/mailto links, no images) and plain text for mails and
 * excerpts; and the one rule for promised durations that mails and widgets share.
 */
import { describe, expect, it } from 'vitest';
import { excerpt, renderMarkdown } from '../../../server/kernel/http/markdown.ts';
import { durationParts } from '../../../server/kernel/i18n/locales.ts';
import { durationText } from '../../../server/kernel/mail/texts.ts';

describe('renderMarkdown', () => {
  const md = `## Shipping\n\nWe pack within **one business day**. See [help](https://shop.example/help), [x](javascript:alert(1)) or [mail](mailto:hi@shop.example).\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n- fast\n- tracked\n\n![a cat](https://cdn.example/cat.png)`;
  const { html, text } = renderMarkdown(md);

  it('keeps structure and safe links, and never passes HTML or scripts through', () => {
    expect(html).toContain('<h2>Shipping</h2>');
    expect(html).toContain('<strong>one business day</strong>');
    expect(html).toContain('<a href="https://shop.example/help" rel="noopener noreferrer">help</a>');
    expect(html).toContain('<a href="mailto:hi@shop.example"');
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives plain text without Markdown marks, and excerpts cut at a word', () => {
    expect(text).toContain('We pack within one business day. See help, x or mail.');
    expect(text).not.toMatch(/\*\*|##|\]\(/);
    expect(excerpt('one two three four five six', 14)).toBe('one two three…');
    expect(excerpt('short', 200)).toBe('short');
  });
});

describe('promised durations: one rule for mails and widgets', () => {
  it('says hours below 48 and whole days, rounded up, from 48 on', () => {
    expect([1, 24, 47, 48, 50, 72].map(durationParts)).toEqual([
      { unit: 'hour', n: 1 }, { unit: 'hours', n: 24 }, { unit: 'hours', n: 47 }, { unit: 'days', n: 2 }, { unit: 'days', n: 3 }, { unit: 'days', n: 3 },
    ]);
    // The mail says what the thank-you panel says (it said "50 hours" while the panel said "3 days").
    expect(durationText('en', 50)).toBe('3 days');
    expect(durationText('zh-Hant', 24)).toBe('24 小時');
  });
});
