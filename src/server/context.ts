import type { Caller } from '../auth/apiKeys';
import type { Database } from '../graph/database';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets: the database, the caller, and per-request state (loaders cache per request only). */
export type GraphQLContext = {
  db: Database;
  loaders: Loaders;
  requestId: string;
  caller: Caller;
};

export function createContext(db: Database, requestId: string, caller: Caller): GraphQLContext {
  return { db, loaders: createLoaders(db), requestId, caller };
}
