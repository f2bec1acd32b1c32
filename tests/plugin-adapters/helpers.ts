/**
 * @module Test helpers for the adapters: the shared fixtures read by path (a missing
 * folder fails the run with a clear message — it never skips), the test-vector secret
 * from fixtures/signatures.md, and signing done here with node:crypto directly, apart
 * from the adapters' own code.
 */
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { CanonicalEntity, type MappingResult } from '../../plugin-adapters/index.ts';
import { parseJsonKeepingBigIntegers } from '../../plugin-adapters/shared/lossless-json.ts';

/** `../shared/fixtures` from the repository root. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');

/** The secret of every vector in fixtures/signatures.md. */
export const VECTOR_SECRET = 'hush';

/** The fixture's bytes exactly as stored. */
export function fixtureBytes(relativePath: string): Buffer {
  if (!existsSync(FIXTURES_DIR)) {
    throw new Error(`The shared fixtures are missing: expected the folder ${FIXTURES_DIR} (../shared/fixtures from the repository root)`);
  }
  const file = join(FIXTURES_DIR, relativePath);
  if (!existsSync(file)) throw new Error(`The fixture ${relativePath} is missing from ${FIXTURES_DIR}`);
  return readFileSync(file);
}

/** The fixture parsed as a webhook route would (big integers kept). */
export function fixtureJson(relativePath: string): any {
  return parsed(fixtureBytes(relativePath));
}

export function parsed(body: Uint8Array | string): any {
  const result = parseJsonKeepingBigIntegers(body);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

export function base64Hmac(secret: string, body: Uint8Array | string): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

export function hexHmac(secret: string, ...parts: (Uint8Array | string)[]): string {
  const hmac = createHmac('sha256', secret);
  for (const part of parts) hmac.update(part);
  return hmac.digest('hex');
}

/** The entities of a mapping that must succeed, each checked against its canonical schema. */
export function entitiesOf(result: MappingResult) {
  if (!result.ok) throw new Error(`Expected a mapping, got ${JSON.stringify(result.refusal)}`);
  for (const entity of result.entities) {
    const check = CanonicalEntity.safeParse(entity);
    if (!check.success) throw new Error(`Not canonical: ${JSON.stringify(check.error.issues)}`);
    expect(check.data).toEqual(entity);
  }
  return result.entities;
}

/** The refusal of a mapping that must fail. */
export function refusalOf(result: MappingResult) {
  if (result.ok) throw new Error(`Expected a refusal, got ${result.entities.length} entities`);
  return result.refusal;
}

/** A copy of a JSON value to change in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
