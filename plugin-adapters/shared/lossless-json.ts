/**
 * @module Lossless JSON: parse a webhook body so that integers a double cannot hold
 * (Shopify ids such as 820982911946154508) arrive as their exact digits, as strings.
 * `JSON.parse` would round them silently; Node 20 has no reviver with the source text.
 */

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a body (bytes must be UTF-8) as JSON, keeping integers beyond 2^53 − 1 as strings. */
export function parseJsonKeepingBigIntegers(raw: Uint8Array | string): JsonParse {
  let text: string;
  try {
    text = typeof raw === 'string' ? raw : utf8.decode(raw);
  } catch {
    return { ok: false, message: 'The body is not valid UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(quoteUnsafeIntegers(text)) };
  } catch (err) {
    return { ok: false, message: `The body is not valid JSON: ${(err as Error).message}` };
  }
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const MINUS = 0x2d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
// A JSON integer literal (no leading zeros) long enough that it might not be safe.
const LONG_INTEGER = /^-?[1-9]\d{15,}$/;

function isNumberPart(c: number): boolean {
  return (c >= DIGIT_0 && c <= DIGIT_9) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === MINUS;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Puts quotes around each unsafe integer literal outside strings. Only values are touched
 * (a literal followed by `:` is left alone, so text that is not JSON stays not JSON).
 */
export function quoteUnsafeIntegers(text: string): string {
  const n = text.length;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i += 2;
        else if (d === QUOTE) break;
        else i++;
      }
      i++;
      continue;
    }
    if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
      const start = i;
      i++;
      while (i < n && isNumberPart(text.charCodeAt(i))) i++;
      const token = text.slice(start, i);
      if (LONG_INTEGER.test(token) && !Number.isSafeInteger(Number(token)) && !followedByColon(text, i)) {
        out += `${text.slice(copied, start)}"${token}"`;
        copied = i;
      }
      continue;
    }
    i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function followedByColon(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === COLON;
}
