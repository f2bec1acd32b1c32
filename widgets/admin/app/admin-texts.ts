/**
 * @module Admin texts: every sentence the admin app shows. English is the source catalog
 * (bundled; its keys are `AdminTextKey`, so a Chinese catalog missing one fails `tsc`);
 * `zh-Hans` and `zh-Hant` live in `./locales/` and are loaded only when chosen. Looked
 * up with `adminText(key, params)`: `{name}` placeholders are filled from params; an
 * entry with `one`/`other` forms is chosen by `Intl.PluralRules` on `params.count`
 * (Chinese has one form, so its entries are plain strings).
 */
import { interpolate, LOCALES, negotiateLocale, type Locale } from '../../../server/kernel/i18n/locales.ts';

type Plural = { one?: string; other: string };
type Entry = string | Plural;

const en = {
  'app.title': 'Rapport admin',
  'app.loading': 'Loading your admin…',
  'app.unreachable': 'Can’t reach Rapport. Check your connection and try again.',
  'app.retry': 'Try again',
  'app.sessionEnded': 'Your session has ended. Sign in again to continue.',

  'signIn.heading': 'Sign in to your shop',
  'signIn.intro': 'Welcome back. Use your staff email and password.',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.wrongCredentials': 'Wrong email or password. Check both and try again.',
  'signIn.locked': 'Too many attempts.',
  'signIn.lockedWait': { one: 'Try again in {count} second.', other: 'Try again in {count} seconds.' },
  'signIn.unlocked': 'You can try again now.',
  'signIn.invalid': 'Enter a valid email address and your password.',
  'signIn.network': 'Can’t reach Rapport. Check your connection and try again.',
  'signIn.server': 'Something went wrong on our side. Try again in a moment.',
  'signIn.refused': 'This sign-in was refused. Open the admin directly at its own address and try again.',

  'shell.nav': 'Main',
  'shell.signedInAs': 'Signed in as',
  'shell.signOut': 'Sign out',
  'shell.signingOut': 'Signing out…',
  'shell.signOutFailed': 'Couldn’t sign out. Check your connection and try again.',
  'locale.label': 'Language',
  'locale.failed': 'Couldn’t load this language. Check your connection and try again.',
  'role.owner': 'Owner',
  'role.agent': 'Agent',

  'page.inbox': 'Inbox',
  'page.faq': 'FAQ',
  'page.returns': 'Returns',
  'page.customers': 'Customers',
  'page.analytics': 'Analytics',
  'page.settings': 'Settings',
  'page.notFound': 'Page not found',

  'empty.inbox': 'Nothing here yet — the inbox fills as shoppers send feedback, ask questions and request returns.',
  'empty.faq': 'No FAQ articles yet — the answers you write here appear in the FAQ on your store.',
  'empty.returns': 'No return requests yet — they appear here as soon as a shopper starts a return.',
  'empty.customers': 'No customers yet — customers appear as they sign in, order or get in touch.',
  'empty.analytics': 'No numbers yet — satisfaction, response times and return reasons appear once shoppers use the widgets.',
  'empty.notFound': 'There is no admin page at this address.',
  'empty.goToInbox': 'Go to the inbox',

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
  'action.feedback.update': 'Feedback changed (status, assignee or tags)',
  'action.feedback.note': 'Internal note added',
  'action.feedback.reply': 'Reply emailed to a customer',
  'action.feedback.export': 'Inbox exported as CSV',
  'action.settings.feedback': 'Response times or feedback kinds changed',

  'error.network': 'Can’t reach Rapport. Check your connection and try again.',
  'error.validation': 'Rapport didn’t accept this. Check what you entered and try again.',
  'error.signedOut': 'Your session has ended. Sign in again to continue.',
  'error.forbidden': 'Your role doesn’t allow this. Ask the shop owner.',
  'error.refused': 'Rapport refused this change. Reload the page and try again.',
  'error.notFound': 'This item no longer exists. It may have been deleted.',
  'error.conflict': 'Someone else changed this at the same time. Reload and try again.',
  'error.tooLarge': 'That is too long to save. Shorten it and try again.',
  'error.rateLimited': 'Too many changes at once. Wait a moment and try again.',
  'error.unavailable': 'Rapport is restarting. Try again in a moment.',
  'error.server': 'Something went wrong on our side. Try again in a moment.',

  'kind.complaint': 'Complaint',
  'kind.suggestion': 'Suggestion',
  'kind.praise': 'Praise',
  'kind.question': 'Question',
  'status.new': 'New',
  'status.open': 'Open',
  'status.waiting': 'Waiting on customer',
  'status.resolved': 'Resolved',
  'status.unresolved': 'Not resolved',
  'score.csat': 'CSAT {score}/5',
  'score.nps': 'NPS {score}/10',
  'sort.due': 'Due first',
  'sort.newest': 'Newest first',
  'sort.oldest': 'Oldest first',

  'duration.minutes': '{count} min',
  'duration.hours': '{count} h',
  'duration.days': { one: '{count} day', other: '{count} days' },
  'clock.dueIn': 'due in {duration}',
  'clock.overdueBy': 'overdue by {duration}',
  'clock.answeredIn': 'answered in {duration}',
  'clock.closed': 'resolved without a reply',

  'inbox.filters': 'Filter the inbox',
  'inbox.count': { one: '{count} item', other: '{count} items' },
  'inbox.export': 'Export CSV',
  'inbox.loading': 'Loading the inbox…',
  'inbox.noMatch': 'Nothing matches this filter.',
  'inbox.results': 'Inbox items',
  'inbox.caption': 'Inbox items, sorted as chosen above',
  'inbox.selectAll': 'Select all items on this page',
  'inbox.select': 'Select {reference}',
  'inbox.col.item': 'Feedback',
  'inbox.col.customer': 'Customer',
  'inbox.col.order': 'Order',
  'inbox.col.score': 'Score',
  'inbox.col.status': 'Status',
  'inbox.col.assignee': 'Assignee',
  'inbox.col.response': 'Response',
  'inbox.photos': { one: '{count} photo', other: '{count} photos' },
  'inbox.tags': 'Tags:',
  'inbox.anonymous': 'Anonymous',
  'inbox.unassigned': 'Unassigned',
  'inbox.pages': 'Pages',
  'inbox.range': '{first}–{last} of {total}',
  'inbox.previous': 'Previous',
  'inbox.next': 'Next',

  'filter.search': 'Search',
  'filter.searchPlaceholder': 'Words in the message, a reference or an email',
  'filter.kind': 'Kind',
  'filter.anyKind': 'All kinds',
  'filter.status': 'Status',
  'filter.anyStatus': 'All statuses',
  'filter.assignee': 'Assignee',
  'filter.anyone': 'Anyone',
  'filter.me': 'Me',
  'filter.unassigned': 'Unassigned',
  'filter.score': 'Score',
  'filter.scoreMin': 'From',
  'filter.scoreMax': 'To',
  'filter.anyScore': 'Any',
  'filter.tag': 'Tag',
  'filter.date': 'Received',
  'filter.from': 'From',
  'filter.to': 'To',
  'filter.order': 'Order',
  'filter.anyOrder': 'With or without',
  'filter.withOrder': 'About an order',
  'filter.withoutOrder': 'Not about an order',
  'filter.sort': 'Sort',
  'filter.clear': 'Clear filters',

  'bulk.label': 'Bulk actions',
  'bulk.selected': { one: '{count} selected', other: '{count} selected' },
  'bulk.assignTo': 'Assign to',
  'bulk.choose': 'Choose…',
  'bulk.unassign': 'Nobody (unassign)',
  'bulk.assign': 'Assign',
  'bulk.tag': 'Tag',
  'bulk.addTag': 'Add tag',
  'bulk.resolve': 'Resolve',
  'bulk.working': 'Working…',
  'bulk.assigned': { one: '{count} item assigned to {name}.', other: '{count} items assigned to {name}.' },
  'bulk.unassigned': { one: '{count} item unassigned.', other: '{count} items unassigned.' },
  'bulk.tagged': { one: '{count} item tagged “{tag}”.', other: '{count} items tagged “{tag}”.' },
  'bulk.resolved': { one: '{count} item resolved.', other: '{count} items resolved.' },

  'detail.back': 'Back to the inbox',
  'detail.loading': 'Loading…',
  'detail.heading': '{kind} {reference}',
  'detail.received': 'Received',
  'detail.score': 'Score',
  'detail.noScore': 'None given',
  'detail.response': 'First response',
  'detail.satisfaction': 'Satisfaction',
  'detail.satisfactionScore': '{score}/5',
  'detail.thread': 'Conversation',
  'detail.answer': 'Answer',
  'detail.manage': 'Handling',
  'detail.context': 'Context',
  'detail.status': 'Status',
  'detail.assignee': 'Assignee',
  'detail.saving': 'Saving…',
  'detail.statusChanged': 'Status changed to {status}.',
  'detail.assigned': 'Assigned to {name}.',
  'detail.unassigned': 'Unassigned.',

  'thread.label': 'Messages, oldest first',
  'thread.customer': 'Customer',
  'thread.staff': 'A team member',
  'thread.customerReply': 'Customer reply',
  'thread.replyBy': 'Reply from {name}',
  'thread.emailed': 'emailed',
  'thread.noteBy': 'Note from {name}',
  'thread.internal': 'Internal',
  'photo.list': { one: '{count} photo', other: '{count} photos' },
  'photo.alt': 'Photo {n} of {count} sent by the customer ({size})',
  'photo.dialog': 'Photo, full size',
  'photo.newTab': 'Open in a new tab',
  'photo.close': 'Close',

  'compose.mode': 'Answer as',
  'compose.reply': 'Reply by email',
  'compose.note': 'Internal note',
  'compose.replyLabel': 'Your reply',
  'compose.noteLabel': 'Your note',
  'compose.replyHint': 'Emailed to {email}. The item then waits on the customer.',
  'compose.noteHint': 'Only your team sees notes. Nothing is emailed.',
  'compose.noAddress': 'The customer left no email address, so you can only add internal notes.',
  'compose.send': 'Send reply',
  'compose.sending': 'Sending…',
  'compose.add': 'Add note',
  'compose.saving': 'Saving…',
  'compose.sent': 'Reply sent to {email}.',
  'compose.added': 'Note added.',

  'tags.label': 'Tags',
  'tags.none': 'No tags yet.',
  'tags.new': 'New tag',
  'tags.placeholder': 'Add a tag',
  'tags.add': 'Add',
  'tags.adding': 'Adding…',
  'tags.remove': 'Remove tag {tag}',
  'tags.added': 'Tag “{tag}” added.',
  'tags.removed': 'Tag “{tag}” removed.',

  'context.none': 'No page, order, product or customer account is attached.',
  'context.page': 'Sent from',
  'context.order': 'Order',
  'context.placed': 'Placed {date} · {status}',
  'context.lines': 'Lines of order {number}',
  'context.item': 'Item',
  'context.qty': 'Qty',
  'context.amount': 'Amount',
  'context.total': 'Total',
  'context.product': 'Product',
  'context.customer': 'Customer',
  'context.past': { one: '{count} other request:', other: '{count} other requests:' },
  'context.noPast': 'No other requests.',

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
  'mail.failed': 'Failed',
  'mail.lastError': 'Last error: {error}',
} satisfies Record<string, Entry>;

export type AdminTextKey = keyof typeof en;
/** A catalog for one language: every English key, no other. */
export type AdminCatalog = { readonly [K in AdminTextKey]: Entry };
export type AdminLocale = Locale;

export const ADMIN_LOCALES: readonly AdminLocale[] = LOCALES;

// A static map: a template-string import would be invisible to the bundler.
const lazyCatalogs: Record<Exclude<AdminLocale, 'en'>, () => Promise<{ default: AdminCatalog }>> = {
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};
const loaded = new Map<AdminLocale, AdminCatalog>([['en', en]]);

/** The catalog of `locale`, fetched on first use; rejects when it cannot be fetched (offline). */
export async function loadAdminCatalog(locale: AdminLocale): Promise<AdminCatalog> {
  const ready = loaded.get(locale);
  if (ready) return ready;
  const { default: catalog } = await lazyCatalogs[locale as Exclude<AdminLocale, 'en'>]();
  loaded.set(locale, catalog);
  return catalog;
}

/**
 * The admin language for a list of preferred languages (BCP 47, most wanted first): the
 * first English or Chinese one (zh-TW/HK/MO and zh-Hant* → zh-Hant, other zh → zh-Hans),
 * `en` when none is either.
 */
export function pickAdminLocale(preferred: readonly string[]): AdminLocale {
  return negotiateLocale(preferred);
}

// English until the app applies the staff member's choice: an element shown before
// then (or in a test) never waits for a catalog.
let locale: AdminLocale = 'en';
let catalog: AdminCatalog = en;
let wanted: AdminLocale = 'en';
const listeners = new Set<() => void>();

export const adminLocale = (): AdminLocale => locale;

/**
 * Switches every text to `next` once its catalog is here (the old language stays until
 * then, so nothing shows half-translated), then tells the listeners. When switched
 * again meanwhile, only the latest choice applies.
 */
export async function setAdminLocale(next: AdminLocale): Promise<void> {
  wanted = next;
  const loadedCatalog = await loadAdminCatalog(next);
  if (wanted !== next || locale === next) return;
  locale = next;
  catalog = loadedCatalog;
  listeners.forEach((fn) => fn());
}

/** Calls `fn` after each change of language; returns the function that stops it. */
export function onAdminLocaleChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

export const hasAdminText = (key: string): key is AdminTextKey => key in en;

/** The text for `key` in the current locale, with `{placeholders}` filled from params. */
export function adminText(key: AdminTextKey, params: Record<string, string | number> = {}): string {
  const entry: Entry = catalog[key] ?? en[key];
  let text: string;
  if (typeof entry === 'string') text = entry;
  else {
    const form = new Intl.PluralRules(locale).select(Number(params.count ?? 0));
    text = (form === 'one' ? entry.one : undefined) ?? entry.other;
  }
  return interpolate(text, params);
}
