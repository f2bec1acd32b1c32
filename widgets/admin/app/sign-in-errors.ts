/**
 * @module Sign-in errors: turns the API's error for `POST /v1/admin/session` into what
 * the form should say — pure, so the wording of every case is testable without a server.
 */
import type { ApiError } from '../../core/api-client.ts';
import { adminText } from './admin-texts.ts';

export type SignInProblem =
  | { kind: 'wrong-credentials' | 'invalid' | 'network' | 'server' | 'refused' }
  /** `until` is a `Date.now()` timestamp; the form counts down to it. */
  | { kind: 'locked'; until: number };

/** Seconds to wait when a lockout comes without Retry-After (it should not). */
const DEFAULT_LOCK_SECONDS = 60;

export function signInProblem(error: ApiError, now = Date.now()): SignInProblem {
  switch (error.code) {
    case 'invalid-credentials':
      return { kind: 'wrong-credentials' };
    case 'locked':
    case 'rate-limited':
      return { kind: 'locked', until: now + (error.retryAfter ?? DEFAULT_LOCK_SECONDS) * 1000 };
    case 'validation':
    case 'malformed-json':
      return { kind: 'invalid' };
    case 'network':
    case 'timeout':
      return { kind: 'network' };
    case 'csrf':
    case 'forbidden':
      return { kind: 'refused' };
    default:
      return { kind: error.status === 401 ? 'wrong-credentials' : 'server' };
  }
}

/** Whole seconds left of a lockout, never negative. */
export const secondsLeft = (until: number, now = Date.now()): number => Math.max(0, Math.ceil((until - now) / 1000));

export interface SignInMessage {
  text: string;
  /** The changing part of a lockout ("Try again in 12 seconds."), shown after `text`. */
  countdown?: string;
}

/** What the form says about a problem at time `now` (which drives the lockout countdown). */
export function signInMessage(problem: SignInProblem, now = Date.now()): SignInMessage {
  switch (problem.kind) {
    case 'wrong-credentials':
      return { text: adminText('signIn.wrongCredentials') };
    case 'locked': {
      const count = secondsLeft(problem.until, now);
      if (count === 0) return { text: adminText('signIn.unlocked') };
      return { text: adminText('signIn.locked'), countdown: adminText('signIn.lockedWait', { count }) };
    }
    case 'invalid':
      return { text: adminText('signIn.invalid') };
    case 'network':
      return { text: adminText('signIn.network') };
    case 'refused':
      return { text: adminText('signIn.refused') };
    case 'server':
      return { text: adminText('signIn.server') };
  }
}
