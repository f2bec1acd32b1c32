/**
 * @module Action errors: what the admin says when a call fails — the API's problem
 * slug (or a network failure) turned into one plain sentence for the staff member.
 * Pure, so each wording is testable.
 */
import type { ApiError } from '../../core/api-client.ts';
import { adminText, type AppTextKey } from './admin-texts.ts';

const bySlug: Record<string, AppTextKey> = {
  'network': 'error.network',
  'timeout': 'error.network',
  'validation': 'error.validation',
  'malformed-json': 'error.validation',
  'unprocessable': 'error.validation',
  'unauthorized': 'error.signedOut',
  'forbidden': 'error.forbidden',
  'csrf': 'error.refused',
  'not-found': 'error.notFound',
  'conflict': 'error.conflict',
  'payload-too-large': 'error.tooLarge',
  'rate-limited': 'error.rateLimited',
  'unavailable': 'error.unavailable',
};

/** One sentence for a failed action or load. */
export function actionError(error: ApiError): string {
  const key = bySlug[error.code];
  if (key) return adminText(key);
  if (error.status === 404) return adminText('error.notFound');
  if (error.status === 401) return adminText('error.signedOut');
  return adminText('error.server');
}
