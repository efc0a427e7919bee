import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyEntry, Role } from '../config';

/** Who is calling: the id of their key and its role; null for an anonymous caller. */
export type Caller = { keyId: string; role: Role } | null;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A new random key and the line to put in API_KEYS for it. Keys have 256 bits of entropy, so SHA-256 suffices. */
export function makeApiKey(id: string, role: Role): { key: string; entry: string } {
  const key = `akg_${randomBytes(32).toString('base64url')}`;
  return { key, entry: `${id}:${role}:${sha256Hex(key)}` };
}

export type KeyCheck = { status: 'anonymous' } | { status: 'invalid' } | { status: 'valid'; caller: NonNullable<Caller> };

/**
 * Reads `Authorization: Bearer <key>` and compares its hash with every configured hash in
 * constant time (all of them, always, so the time taken says nothing about which one matched).
 */
export function checkApiKey(header: string | undefined, keys: ApiKeyEntry[]): KeyCheck {
  if (header === undefined || header.trim() === '') return { status: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { status: 'invalid' };
  const presented = Buffer.from(sha256Hex(match[1]!), 'hex');
  let found: ApiKeyEntry | undefined;
  for (const entry of keys) {
    if (timingSafeEqual(presented, Buffer.from(entry.sha256, 'hex')) && !found) found = entry;
  }
  return found ? { status: 'valid', caller: { keyId: found.id, role: found.role } } : { status: 'invalid' };
}
