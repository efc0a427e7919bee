import { createWriteStream, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/graph/database';
import { ensureSchema } from '../../src/graph/schemaSetup';
import { exportGraph, type ExportFormat, type ExportOptions } from '../../src/interchange/exporter';
import type { Format } from '../../src/interchange/formats';
import { runImport, type ImportReport } from '../../src/interchange/importer';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/** Exports the graph into a new temporary folder; returns the folder. */
export async function exportTo(db: Database, format: ExportFormat, options: ExportOptions = {}): Promise<string> {
  const dir = tempDir(`export-${format}`);
  await exportGraph(db, format, (file) => createWriteStream(join(dir, file)), options);
  return dir;
}

/** Every file of a folder, by name, as text. */
export function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

export async function importFrom(
  db: Database,
  path: string,
  options: { format?: Format; dryRun?: boolean; by?: string } = {},
): Promise<ImportReport> {
  await ensureSchema(db);
  return runImport(db, { path, by: options.by ?? 'test', format: options.format, dryRun: options.dryRun, log: () => {} });
}
