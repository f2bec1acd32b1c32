/**
 * @module The app's texts in English: the shell, sign-in, page names, the empty pages and
 * what every area says alike (errors). The source catalog: its keys type the Chinese ones.
 */
import type { AdminCatalog, AdminEntry } from '../admin-i18n.ts';

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
  'shell.failedSignIns': { one: '{count} failed sign-in attempt to your account since your last visit.', other: '{count} failed sign-in attempts to your account since your last visit.' },
  'shell.reviewActivity': 'Review the activity log',
  'shell.dismiss': 'Dismiss',

  'locale.label': 'Language',
  'locale.failed': 'Couldn’t load this language. Check your connection and try again.',

  'role.owner': 'Owner',
  'role.agent': 'Agent',

  'page.inbox': 'Inbox',
  'page.orders': 'Orders',
  'page.faq': 'FAQ',
  'page.returns': 'Returns',
  'page.customers': 'Customers',
  'page.analytics': 'Analytics',
  'page.recommendations': 'Recommendations',
  'page.settings': 'Settings',
  'page.notFound': 'Page not found',

  'empty.faq': 'No FAQ articles yet — the answers you write here appear in the FAQ on your store.',
  'empty.returns': 'No return requests yet — they appear here as soon as a shopper starts a return.',
  'empty.customers': 'No customers yet — customers appear as they sign in, order or get in touch.',
  'empty.analytics': 'No numbers yet — satisfaction, response times and return reasons appear once shoppers use the widgets.',
  'empty.notFound': 'There is no admin page at this address.',
  'empty.goToInbox': 'Go to the inbox',

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
} satisfies Record<string, AdminEntry>;

export type AppTextKey = keyof typeof en;
/** A catalog for one language: every English key, no other. */
export type AppCatalog = AdminCatalog<AppTextKey>;

export default en;
