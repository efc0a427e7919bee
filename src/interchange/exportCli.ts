/** `npm run export -- --format kgx|jsonl|graphml|csv --out <dir> [--no-retracted]` */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FILES, EXPORT_FORMATS, exportGraph, type ExportFormat } from './exporter';
import { Progress } from './progress';
import { flag, withServiceDatabase } from './cliSupport';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const format = flag(args, 'format') as ExportFormat | undefined;
  const out = flag(args, 'out');
  if (!format || !EXPORT_FORMATS.includes(format) || !out) {
    log(`Usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} --out <dir> [--no-retracted]`);
    return 2;
  }
  mkdirSync(out, { recursive: true });
  return withServiceDatabase(async (db) => {
    const started = Date.now();
    const progress = new Progress('export', 0, 'relationships');
    const counts = await exportGraph(db, format, (file) => createWriteStream(join(out, file)), {
      includeRetracted: !args.includes('--no-retracted'),
      onProgress: (n) => progress.update(n),
    });
    progress.done(counts.relationships);
    const seconds = (Date.now() - started) / 1000;
    log(
      `Exported ${counts.nodes.toLocaleString('en')} nodes and ${counts.relationships.toLocaleString('en')} relationships as ${format} ` +
        `(${EXPORT_FILES[format].join(', ')}; ${Math.round(counts.bytes / 1024).toLocaleString('en')} kB) to ${out} in ${seconds.toFixed(1)} s.`,
    );
    return 0;
  }, log);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
