/**
 * @module Admin texts: every sentence the admin app shows, as one catalog per locale
 * (English now; add `zh-Hans` / `zh-Hant` as objects of the same shape), looked up
 * with `adminText(key, params)`. `{name}` placeholders are filled from params; an
 * entry with `one`/`other` forms is chosen by `Intl.PluralRules` on `params.count`.
 */

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
} satisfies Record<string, Entry>;

export type AdminTextKey = keyof typeof en;
export type AdminCatalog = Record<AdminTextKey, Entry>;

/** One catalog per locale; the first is the fallback for any missing entry. */
const catalogs: Record<string, Partial<AdminCatalog>> = { en };

/** The best catalog for a list of preferred languages (BCP 47), `en` when none fits. */
export function pickAdminLocale(preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (catalogs[tag]) return tag;
    const base = Object.keys(catalogs).find((l) => l.split('-')[0] === tag.split('-')[0]);
    if (base) return base;
  }
  return 'en';
}

let locale = typeof navigator === 'undefined' ? 'en' : pickAdminLocale(navigator.languages ?? []);

export const adminLocale = (): string => locale;
export const setAdminLocale = (l: string): void => void (locale = pickAdminLocale([l]));

export const hasAdminText = (key: string): key is AdminTextKey => key in en;

/** The text for `key` in the current locale, with `{placeholders}` filled from params. */
export function adminText(key: AdminTextKey, params: Record<string, string | number> = {}): string {
  const entry: Entry = catalogs[locale]?.[key] ?? en[key];
  let text: string;
  if (typeof entry === 'string') text = entry;
  else {
    const form = new Intl.PluralRules(locale).select(Number(params.count ?? 0));
    text = (form === 'one' ? entry.one : undefined) ?? entry.other;
  }
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
