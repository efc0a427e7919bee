import type { Database } from '../graph/database';

/** What every resolver gets: the database and per-request state. */
export type GraphQLContext = {
  db: Database;
  requestId: string;
};
