/**
 * @module The rules every piece of client input obeys, checked once at the edge for
 * every route: no NUL character in any text (JSON strings and keys, query values, form
 * fields — PostgreSQL cannot store one and nobody types one), and JSON nested no deeper
 * than any request Rapport takes (checked on the raw text, before parsing).
 */
import type { MiddlewareHandler } from 'hono';
import { Problem } from './errors.ts';

export const MAX_JSON_DEPTH = 16;

export const hasNul = (value: string): boolean => value.includes('\u0000');

const nulProblem = (path: string) =>
  new Problem('validation', { detail: 'Text may not contain a NUL character', errors: [{ path, message: 'Text may not contain a NUL character' }] });

/** Whether `text` holds at most MAX_JSON_DEPTH opening brackets (then it cannot nest deeper), counted natively. */
function fewBrackets(text: string): boolean {
  let n = 0;
  for (const open of ['{', '[']) {
    for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, i + 1)) if (++n > MAX_JSON_DEPTH) return false;
  }
  return true;
}

/** Refuses JSON text nested deeper than MAX_JSON_DEPTH, without parsing it (a linear scan, skipped when too few brackets to nest that deep). */
export function assertShallowJson(text: string): void {
  if (fewBrackets(text)) return;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new Problem('validation', { detail: `The body is nested deeper than ${MAX_JSON_DEPTH} levels`, errors: [{ path: 'body', message: 'Nested too deep' }] });
      }
    } else if (ch === 93 || ch === 125) depth--;
  }
}

function firstNul(v: unknown, path: string): string | undefined {
  if (typeof v === 'string') return hasNul(v) ? path : undefined;
  if (v === null || typeof v !== 'object') return undefined;
  for (const [k, child] of Object.entries(v)) {
    if (hasNul(k)) return path;
    const found = firstNul(child, `${path}.${k}`);
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses a parsed body with a NUL character anywhere, naming the field. Given the JSON
 * `text` it was parsed from, the walk is skipped when the text has no `\u0000` escape (JSON
 * can carry a NUL no other way).
 */
export function assertCleanJson(value: unknown, text?: string): void {
  if (text !== undefined && !text.includes('\\u0000')) return;
  const path = firstNul(value, 'body');
  if (path) throw nulProblem(path);
}

/** Refuses a form's fields with a NUL character (pages customers post to). */
export function assertCleanForm(form: URLSearchParams): void {
  for (const [k, v] of form) if (hasNul(k) || hasNul(v)) throw nulProblem(`body.${k}`);
}

/** Every route: a query value or a path with a NUL character (or a broken %-escape in the query) is refused. */
export function cleanQuery(): MiddlewareHandler {
  return async function cleanQuery(c, next) {
    const url = new URL(c.req.url);
    for (const [k, v] of url.searchParams) if (hasNul(k) || hasNul(v)) throw nulProblem(`query.${k}`);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      throw new Problem('not-found', { detail: 'The address is not valid' });
    }
    if (hasNul(path)) throw new Problem('not-found', { detail: 'The address is not valid' });
    return next();
  };
}
