/**
 * @module Activity labels: how an audit-log entry reads in the admin — the action as a
 * phrase, the actor as a person ("You (Ana)", "Rapport"). Pure, so each wording is
 * testable.
 */
import type { AdminSession } from '../app/admin-api.ts';
import type { AuditItem } from './settings-api.ts';
import { settingsText, settingsTexts } from './settings-texts.ts';

export function actionLabel(action: string): string {
  const key = `action.${action}`;
  return settingsTexts.has(key) ? settingsText(key) : action;
}

export function actorLabel(
  item: Pick<AuditItem, 'actorType' | 'actorId'> & { actorName?: string | null },
  session?: AdminSession,
): string {
  const id = item.actorId ? item.actorId.slice(0, 8) : '';
  switch (item.actorType) {
    case 'system':
      return settingsText('actor.system');
    case 'staff':
      if (session && item.actorId === session.staff.id) return settingsText('actor.you', { name: session.staff.name });
      return item.actorName ?? settingsText('actor.staff', { id });
    case 'customer':
      return settingsText('actor.customer', { id });
    default:
      return [item.actorType, id].filter(Boolean).join(' ');
  }
}
