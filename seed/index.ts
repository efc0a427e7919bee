import { join } from 'node:path';
import type { Database } from '../src/graph/database';
import { ensureSchema } from '../src/graph/schemaSetup';
import { refreshRankings } from '../src/related/repository';
import { PROJECT_DIR } from '../src/paths';
import { loadSeedDir } from './validate';
import { writeSeed } from './write';

export const DEFAULT_SEED_DIR = join(PROJECT_DIR, 'seed', 'data');

/** Validates the seed folder, then writes it (schema first). Nothing is written if validation fails. */
export async function seedDatabase(db: Database, dir = DEFAULT_SEED_DIR): Promise<void> {
  const seed = loadSeedDir(dir);
  await ensureSchema(db);
  await writeSeed(db, seed);
  await refreshRankings(db, { all: true });
}

/** At start-up: indexes always; the curated seed only into an empty graph, so edits made through the API survive restarts. */
export async function prepareDatabase(db: Database, seedWhenEmpty: boolean, log: (line: string) => void): Promise<void> {
  await ensureSchema(db);
  if (!seedWhenEmpty) return;
  const [row] = await db.read<{ entities: number }>('MATCH (n:Entity) RETURN count(n) AS entities');
  if ((row?.entities ?? 0) > 0) return;
  await seedDatabase(db);
  log('Seeded the empty database with the curated graph.');
}
