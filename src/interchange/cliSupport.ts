import { loadConfig } from '../config';
import { Database } from '../graph/database';
import { resolveNeo4jTarget } from '../graph/neo4jTarget';

/** The database the service uses (NEO4J_URI, or the embedded Neo4j started for the command), for `use`. */
export async function withServiceDatabase<T>(use: (db: Database) => Promise<T>, log: (line: string) => void): Promise<T> {
  const config = loadConfig();
  const target = await resolveNeo4jTarget(config, log);
  // Bulk work runs long: the per-query timeout of the service does not apply.
  const db = new Database({ ...config.neo4j, uri: target.uri, queryTimeoutMs: 3600000 });
  try {
    await db.waitUntilReachable(30000);
    return await use(db);
  } finally {
    await db.close();
    await target.release();
  }
}

/** `--name value` from argv. */
export function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The first argument that is neither a flag nor a flag's value. */
export function positional(args: string[], valued: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      if (valued.includes(a.slice(2))) i++;
      continue;
    }
    return a;
  }
  return undefined;
}
