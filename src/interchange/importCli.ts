/**
 * `npm run import -- <file or folder> [--format kgx|jsonl|csv|seed] [--dry-run] [--json]`
 * `npm run import -- <file or folder> --offline [--data-dir <folder>] [--format ...] [--json]`: into an
 * empty embedded store through neo4j-admin (offline.ts), with Neo4j stopped.
 * Exit 0 when imported (or a clean dry run), 1 when the input has problems (nothing written), 2 on a usage
 * error, 3 when the import failed (nothing written), 4 when an offline import is refused (store not empty,
 * Neo4j running on it, or a server behind NEO4J_URI; nothing written), 5 when an offline import is in the store
 * but its related-conditions rankings could not be stored (the service computes them when it starts).
 */
import { spawn } from 'node:child_process';
import { constants, userInfo } from 'node:os';
import { ensureSchema } from '../graph/schemaSetup';
import { FORMATS, InputError, findInput, type Format } from './formats';
import { ImportRefused, describeReport, runImport } from './importer';
import { formatProblem } from './model';
import { describeOffline, OFFLINE_HEAP_FLAG, OfflineRankingsFailed, OfflineRefused, runOfflineImport } from './offline';
import { flag, positional, withServiceDatabase } from './cliSupport';

/** This command again, in a process with `flag` (a V8 heap cap), passing signals on; its exit code. */
function again(flag: string): Promise<number> {
  const child = spawn(process.execPath, [flag, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0))));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  // An offline import runs under its heap cap (offline.ts) unless Node was given one.
  if (args.includes('--offline') && !process.execArgv.some((a) => a.startsWith('--max-old-space-size='))) return again(OFFLINE_HEAP_FLAG);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const path = positional(args, ['format', 'data-dir']);
  const format = flag(args, 'format');
  const offline = args.includes('--offline');
  const dataDir = flag(args, 'data-dir');
  const usage = () => {
    log(`Usage: npm run import -- <file or folder> [--format ${FORMATS.join('|')}] [--dry-run] [--json]`);
    log(`       npm run import -- <file or folder> --offline [--data-dir <embedded data folder>] [--format ...] [--json]`);
    return 2;
  };
  if (!path || (format !== undefined && !FORMATS.includes(format as Format))) return usage();
  if (dataDir !== undefined && !offline) {
    log('--data-dir goes with --offline (the Cypher import uses the service database: NEO4J_URI or NEO4J_DATA_DIR).');
    return usage();
  }
  if (offline && args.includes('--dry-run')) {
    log('--dry-run compares the input with a running graph; an offline import only fills an empty store. Drop one of the two.');
    return 2;
  }
  let input;
  try {
    input = findInput(path, format as Format | undefined);
  } catch (error) {
    log(error instanceof InputError ? error.message : `${path}: ${(error as Error).message}`);
    return 2;
  }
  const by = `cli:${userInfo().username}`;
  if (offline) {
    try {
      const report = await runOfflineImport({ path, format: input.format, by, dataDir, progress: true, log }, input);
      if (args.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else for (const line of [...describeReport(report), ...describeOffline(report)]) process.stdout.write(`${line}\n`);
      return report.ok ? 0 : 1;
    } catch (error) {
      if (error instanceof OfflineRefused) {
        log(error.message);
        return 4;
      }
      if (error instanceof OfflineRankingsFailed) {
        log(error.message);
        return 5;
      }
      throw error;
    }
  }
  return withServiceDatabase(async (db) => {
    await ensureSchema(db);
    try {
      const report = await runImport(
        db,
        { path, format: input.format, dryRun: args.includes('--dry-run'), by, progress: true, log },
        input,
      );
      if (args.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else for (const line of describeReport(report)) process.stdout.write(`${line}\n`);
      return report.ok ? 0 : 1;
    } catch (error) {
      if (error instanceof ImportRefused) {
        for (const p of error.problems) process.stdout.write(`${formatProblem(p)}\n`);
        process.stdout.write('Nothing was written.\n');
        return 1;
      }
      throw error;
    }
  }, log);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
