/**
 * @module Activity labels: how an audit-log entry reads in the admin — the action as a
 * phrase, the actor as a person ("You (Ana)", "Rapport"), the time in the staff
 * member's locale. Pure, so each wording is testable.
 */
import type { AdminSession } from '../app/admin-api.ts';
import type { AuditItem } from './settings-api.ts';
import { adminLocale, adminText, hasAdminText } from '../app/admin-texts.ts';

export function actionLabel(action: string): string {
  const key = `action.${action}`;
  return hasAdminText(key) ? adminText(key) : action;
}

export function actorLabel(
  item: Pick<AuditItem, 'actorType' | 'actorId'> & { actorName?: string | null },
  session?: AdminSession,
): string {
  const id = item.actorId ? item.actorId.slice(0, 8) : '';
  switch (item.actorType) {
    case 'system':
      return adminText('actor.system');
    case 'staff':
      if (session && item.actorId === session.staff.id) return adminText('actor.you', { name: session.staff.name });
      return item.actorName ?? adminText('actor.staff', { id });
    case 'customer':
      return adminText('actor.customer', { id });
    default:
      return [item.actorType, id].filter(Boolean).join(' ');
  }
}

/** A short time ("May 1, 9:03 AM"; the year only when it is not this one). */
export function timeLabel(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return new Intl.DateTimeFormat(adminLocale(), { year, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })
    .format(date);
}

/** The full time, to the second, for a tooltip. */
export const fullTimeLabel = (iso: string): string =>
  new Intl.DateTimeFormat(adminLocale(), { dateStyle: 'full', timeStyle: 'medium' }).format(new Date(iso));
