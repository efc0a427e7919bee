import type { Config } from '../config';
import { startEmbeddedNeo4j } from './embedded';

/** Where the service's Neo4j is, and how to release it when the service stops. */
export type Neo4jTarget = {
  uri: string;
  embedded: boolean;
  release: () => Promise<void>;
};

/**
 * With NEO4J_URI set the service uses that server or cluster and starts nothing;
 * otherwise it starts the embedded Neo4j Community.
 */
export async function resolveNeo4jTarget(config: Config, log?: (line: string) => void): Promise<Neo4jTarget> {
  if (config.neo4j.uri) {
    return { uri: config.neo4j.uri, embedded: false, release: async () => {} };
  }
  const embedded = await startEmbeddedNeo4j({ ...config.embedded, log });
  log?.(`Embedded Neo4j (pid ${embedded.pid}) listening on ${embedded.uri}`);
  return { uri: embedded.uri, embedded: true, release: embedded.stop };
}
