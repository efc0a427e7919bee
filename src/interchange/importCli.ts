/**
 * `npm run import -- <file or folder> [--format kgx|jsonl|csv|seed] [--dry-run] [--json]`
 * Exit 0 when imported (or a clean dry run), 1 when the input has problems (nothing written), 2 on a usage error.
 */
import { userInfo } from 'node:os';
import { ensureSchema } from '../graph/schemaSetup';
import { FORMATS, InputError, findInput, type Format } from './formats';
import { ImportRefused, describeReport, runImport } from './importer';
import { formatProblem } from './model';
import { flag, positional, withServiceDatabase } from './cliSupport';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const path = positional(args, ['format']);
  const format = flag(args, 'format');
  if (!path || (format !== undefined && !FORMATS.includes(format as Format))) {
    log(`Usage: npm run import -- <file or folder> [--format ${FORMATS.join('|')}] [--dry-run] [--json]`);
    return 2;
  }
  let input;
  try {
    input = findInput(path, format as Format | undefined);
  } catch (error) {
    log(error instanceof InputError ? error.message : `${path}: ${(error as Error).message}`);
    return 2;
  }
  return withServiceDatabase(async (db) => {
    await ensureSchema(db);
    try {
      const report = await runImport(
        db,
        { path, format: input.format, dryRun: args.includes('--dry-run'), by: `cli:${userInfo().username}`, progress: true, log },
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
