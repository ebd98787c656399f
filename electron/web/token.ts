/** The per-start secret of the browser host: random, compared in constant time. */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random token (URL-safe). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** True when the presented value is the token. */
export function tokenMatches(expected: string, presented: string | null | undefined): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
