import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from '../paths';
import type { Resolvers } from '../generated/resolvers';
import { statsResolvers } from '../stats/resolvers';
import { entityResolvers } from '../entities/resolvers';
import { evidenceResolvers } from '../evidence/resolvers';
import { factResolvers } from '../facts/resolvers';
import { searchResolvers } from '../search/resolvers';
import { traversalResolvers } from '../traversal/resolvers';
import { mutationResolvers } from '../mutations/resolvers';
import { interchangeResolvers } from '../interchange/resolvers';
import { withListCaps } from './listCaps';

export const SCHEMA_DIR = join(PROJECT_DIR, 'schema');

/** All SDL files, in a stable order. */
export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}

/** Each domain's resolvers, merged per type. */
export function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = withListCaps(
  mergeResolvers(
    statsResolvers,
    entityResolvers,
    evidenceResolvers,
    searchResolvers,
    traversalResolvers,
    factResolvers,
    mutationResolvers,
    interchangeResolvers,
  ),
);
