/**
 * @module Where links in emails point: PUBLIC_URL (main.ts always sets it, to
 * localhost:PORT when not configured), never the request's Host header, which a sender
 * controls; the request's origin is only a fallback for an app built without it (tests).
 */
export function publicBase(configured: string | undefined, requestUrl: string): string {
  return (configured ?? new URL(requestUrl).origin).replace(/\/$/, '');
}
