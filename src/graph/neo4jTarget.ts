import type { Config } from '../config';
import { superviseEmbeddedNeo4j, type SupervisorEvent } from './supervisor';

/** Where the service's Neo4j is, and how to release it when the service stops. */
export type Neo4jTarget = {
  uri: string;
  embedded: boolean;
  release: () => Promise<void>;
};

/**
 * With NEO4J_URI set the service uses that server or cluster and starts nothing (restarting it is its
 * operator's job); otherwise it starts the embedded Neo4j Community and restarts it whenever it dies.
 */
export async function resolveNeo4jTarget(
  config: Config,
  log?: (line: string) => void,
  onSupervisorEvent: (event: SupervisorEvent) => void = () => undefined,
): Promise<Neo4jTarget> {
  if (config.neo4j.uri) {
    return { uri: config.neo4j.uri, embedded: false, release: async () => {} };
  }
  const embedded = await superviseEmbeddedNeo4j({ ...config.embedded, log }, onSupervisorEvent);
  log?.(`Embedded Neo4j (pid ${embedded.pid()}) listening on ${embedded.uri}`);
  return { uri: embedded.uri, embedded: true, release: embedded.stop };
}
