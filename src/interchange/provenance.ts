/**
 * Provenance of bulk imports: each `:Import` node records who imported what, when, from which files
 * (names, sizes, SHA-256) and what changed; every source, entity, claim and link an import wrote carries
 * its `importId` (the last import that changed it).
 */
import type { Database } from '../graph/database';
import { cypherInt } from '../domain/args';
import type { ImportRecord } from '../domain/records';
import { COLLECTIONS } from './importer';
import * as Q from './cypher';

export type { ImportRecord };

function toImportRecord(row: Record<string, unknown>): ImportRecord {
  const names = (row.files as string[]) ?? [];
  const sha = (row.sha256 as string[]) ?? [];
  const bytes = (row.bytes as number[]) ?? [];
  const counts = {} as ImportRecord['counts'];
  for (const c of COLLECTIONS) {
    counts[c] = {
      added: (row[`${c}Added`] as number) ?? 0,
      updated: (row[`${c}Updated`] as number) ?? 0,
      unchanged: (row[`${c}Unchanged`] as number) ?? 0,
    };
  }
  return {
    id: row.id as string,
    by: row.by as string,
    at: row.at as string,
    format: row.format as string,
    files: names.map((name, i) => ({ name, sha256: sha[i] ?? '', bytes: bytes[i] ?? 0 })),
    relationships: (row.relationships as number) ?? 0,
    counts,
  };
}

export async function importById(db: Database, id: string): Promise<ImportRecord | null> {
  const [row] = await db.read<{ import: Record<string, unknown> }>(Q.IMPORT_BY_ID, { id });
  return row ? toImportRecord(row.import) : null;
}

export async function importsByIds(db: Database, ids: readonly string[]): Promise<Map<string, ImportRecord>> {
  const found = await db.read<{ import: Record<string, unknown> }>(
    'UNWIND $ids AS iid MATCH (i:Import {id: iid}) RETURN i {.*} AS import',
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map((r) => [r.import.id as string, toImportRecord(r.import)]));
}

export async function listImports(db: Database, first: number): Promise<ImportRecord[]> {
  const rows = await db.read<{ import: Record<string, unknown> }>(Q.IMPORTS, { first: cypherInt(first) });
  return rows.map((r) => toImportRecord(r.import));
}

/** Ids of what an import wrote (first few of each, by id). */
export async function importContents(
  db: Database,
  id: string,
  first: number,
): Promise<{ entities: string[]; claims: string[]; sources: string[] }> {
  const rows = await db.read<{ type: string; ids: string[] }>(Q.IMPORTED_BY, { importId: id, first: cypherInt(first) });
  const of = (t: string) => rows.find((r) => r.type === t)?.ids ?? [];
  return { entities: of('entity'), claims: of('claim'), sources: of('source') };
}

/** The import a claim came from, or null when it was seeded or written through the API. */
export async function claimImport(db: Database, claimId: string): Promise<ImportRecord | null> {
  const [row] = await db.read<{ import: Record<string, unknown> | null }>(
    'MATCH (c:Claim {id: $claimId}) OPTIONAL MATCH (i:Import {id: c.importId}) RETURN i {.*} AS import',
    { claimId },
  );
  return row?.import ? toImportRecord(row.import) : null;
}
