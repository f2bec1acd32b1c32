/**
 * @module The settings area's texts in English: the install tag, response times, the mail
 * log and the activity log. The source catalog: its keys type the Chinese ones.
 */
import type { AdminCatalog, AdminEntry } from '../../app/admin-i18n.ts';

const en = {
  'settings.install': 'Install on your store',
  'settings.installIntro': 'Paste this tag into your store’s theme, just before </body>. It loads only the widgets a page uses.',
  'settings.shop': 'Shop',
  'settings.publicKey': 'Public key',
  'settings.snippet': 'Script tag',
  'settings.copy': 'Copy tag',
  'settings.copied': 'Copied to the clipboard.',
  'settings.copyManually': 'The tag is selected — press Ctrl+C (⌘C on a Mac) to copy it.',

  'activity.heading': 'Activity',
  'activity.intro': 'Sign-ins and every change made by your team, newest first.',
  'activity.refresh': 'Refresh',
  'activity.loading': 'Loading activity…',
  'activity.error': 'Couldn’t load the activity. Try again in a moment.',
  'activity.empty': 'No activity yet.',
  'activity.caption': 'Latest {count} events',
  'activity.time': 'Time',
  'activity.action': 'Action',
  'activity.actor': 'By',

  'actor.system': 'Rapport',
  'actor.you': 'You ({name})',
  'actor.staff': 'Staff member {id}',
  'actor.customer': 'Customer {id}',

  'action.staff.sign_in': 'Signed in',
  'action.staff.sign_in_failed': 'Failed sign-in attempt',
  'action.staff.sign_out': 'Signed out',
  'action.staff.add': 'Staff member added',
  'action.shop.create': 'Shop created',
  'action.shop.origins': 'Allowed store addresses changed',
  'action.feedback.update': 'Feedback changed (status, assignee or tags)',
  'action.feedback.note': 'Internal note added',
  'action.feedback.reply': 'Reply emailed to a customer',
  'action.feedback.export': 'Inbox exported as CSV',
  'action.settings.feedback': 'Response times or feedback kinds changed',
  'action.settings.shipmentMails': 'Shipment emails changed',
  'action.saved_reply.create': 'Saved reply added',
  'action.saved_reply.update': 'Saved reply changed',
  'action.saved_reply.delete': 'Saved reply deleted',

  'times.heading': 'Response times',
  'times.intro': 'How soon your team answers, per kind. The inbox counts down to it, and the feedback form and its confirmation email promise it to shoppers.',
  'times.loading': 'Loading the response times…',
  'times.targets': 'First response within',
  'times.kind.complaint': 'Complaints',
  'times.kind.suggestion': 'Suggestions',
  'times.kind.praise': 'Praise',
  'times.kind.question': 'Questions',
  'times.hours': 'hours',
  'times.kinds': 'Kinds shoppers can choose in the feedback form',
  'times.kindsHint': 'Hidden kinds are no longer offered; feedback already received stays in the inbox.',
  'times.noneShown': 'Offer at least one kind in the feedback form.',
  'times.save': 'Save',
  'times.saving': 'Saving…',
  'times.saved': 'Saved.',

  'ship.heading': 'Shipment emails',
  'ship.intro': 'Emails to shoppers when their parcel moves, in their language, with the carrier’s link and a link back to your order-status page. Each is off until you switch it on. Orders imported, or placed more than 30 days ago, get none.',
  'ship.loading': 'Loading the shipment emails…',
  'ship.which': 'Email the shopper when a parcel is',
  'ship.shipped': 'Shipped',
  'ship.outForDelivery': 'Out for delivery',
  'ship.delivered': 'Delivered',
  'ship.delayed': 'Delayed',
  'ship.pageUrl': 'Order-status page',
  'ship.pageHint': 'The page of your store that shows the order tracker; the email links to it with the order number. Left empty: /orders on your store’s first allowed address.',
  'ship.badUrl': 'Enter a full address that starts with {https} or {http}, or leave it empty.',
  'ship.save': 'Save',
  'ship.saving': 'Saving…',
  'ship.saved': 'Saved.',

  'mail.heading': 'Mail log',
  'mail.intro': 'Every email Rapport sends for your shop, newest first. Until an SMTP server is set (SMTP_URL), emails are kept here instead of being sent.',
  'mail.loading': 'Loading the mail log…',
  'mail.empty': 'No emails yet.',
  'mail.caption': 'Latest {count} emails',
  'mail.to': 'To',
  'mail.subject': 'Subject',
  'mail.status': 'Status',
  'mail.attempts': 'Attempts',
  'mail.pending': 'Queued',
  'mail.sent': 'Sent',
  'mail.kept': 'Kept, not sent',
  'mail.limited': 'Not sent: daily limit reached',
  'mail.failed': 'Failed',
  'mail.lastError': 'Last error: {error}',
  'mail.limitedWhy': 'Never sent: this address, or your shop, reached its daily limit of emails that shoppers’ actions cause. Replies from your team are not limited.',
} satisfies Record<string, AdminEntry>;

export type SettingsTextKey = keyof typeof en;
/** A catalog for one language: every English key, no other. */
export type SettingsCatalog = AdminCatalog<SettingsTextKey>;

export default en;
