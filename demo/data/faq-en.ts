/**
 * @module Demo FAQ in English (answers in Markdown; links point at the demo's pages).
 */
import type { DemoFaq } from './types.ts';

export const FAQ_EN: readonly DemoFaq[] = [
  { category: 'shipping', question: 'How long does shipping take?', answer: `
We pack every order within **one business day** at our warehouse in Portland, Oregon.

- **Standard:** 3–5 business days in the contiguous US — free on orders over $75, otherwise $6.95
- **Express:** 1–2 business days — $18

Live plants ship Monday to Wednesday only, so they never wait in a depot over a weekend.` },
  { category: 'shipping', question: 'How do I track my order?', answer: `
As soon as your parcel leaves us we email you the carrier and the tracking number.
You can follow every checkpoint on the [order status page](/orders): sign in to see all your orders,
or enter your order number (for example **LL-1042**) and the email address you ordered with.` },
  { category: 'shipping', question: 'My parcel is late. What should I do?', answer: `
Carriers sometimes run late in bad weather or busy weeks; the estimated delivery date on the
[order status page](/orders) moves as the carrier scans your parcel.

If it has not moved for **five business days**, tell us on the [help page](/help). We open a trace with
the carrier and, if the parcel is lost, send a replacement or a refund — your choice.` },
  { category: 'shipping', question: 'Do you ship internationally?', answer: `
Yes, to Canada, the UK, the EU, Japan, Hong Kong and Taiwan, in 6–12 business days.
Duties and taxes are charged by your country's customs on delivery. Plants and bonsai stay in the US.` },
  { category: 'returns', question: 'What is your return policy?', answer: `
You can return most items within **30 days of delivery**, unused and in their original packaging.

These are **final sale** and cannot be returned: live plants and bonsai, opened food (such as tea samplers),
and clearance items marked *final sale*. Anything that arrives damaged we replace, final sale or not —
send a photo within 7 days. Start a return on the [returns page](/returns).` },
  { category: 'returns', question: 'When will I get my refund?', answer: `
Refunds go back to your original payment method within **5 business days** of your return reaching us;
your bank may take a few more days to show it.

Prefer **store credit**? It is issued the moment we approve your return, with a **10% bonus**.
You can also ask for an exchange for another size or colour.` },
  { category: 'payment', question: 'Which payment methods do you accept?', answer: `
Visa, Mastercard, American Express, Discover, PayPal, Apple Pay, Google Pay and Alipay.
All prices are in US dollars; your card is charged when the order is placed.` },
  { category: 'payment', question: 'Why does my order say "awaiting payment"?', answer: `
The payment did not go through yet — usually a declined card or a bank transfer still on its way.
We hold unpaid orders for **3 days**; after that they are cancelled and nothing is charged.
Open the order from the link in your confirmation email to try another payment method.` },
  { category: 'account', question: 'Do I need an account, and what do you keep about me?', answer: `
No — you can order as a guest and track any order with its number and email.
With an account, your [account page](/account) shows your orders, requests and preferences.
From there you can **download your data** or **ask us to erase it**, and turn personalised
recommendations off at any time.` },
  { category: 'product-care', question: 'How should I store loose-leaf tea?', answer: `
Keep tea **airtight, dark, cool and away from strong smells** — our tins are made for exactly that.
Green and lightly oxidised oolong teas are best within 12 months; black teas within two years.
Pu-erh is the exception: let it breathe in its paper wrapper and it improves with age.` },
  { category: 'product-care', question: 'How do I look after a new plant?', answer: `
Unbox it the day it arrives and give it **a week to settle** in bright, indirect light before repotting.

1. Water when the top 2–3 cm of soil is dry, then let the pot drain.
2. Keep it away from heating vents and cold drafts.
3. Feed monthly in spring and summer, not in winter.

Yellow leaves in the first fortnight are normal as the plant adjusts to your home.` },
];
