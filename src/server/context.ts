import type { Database } from '../graph/database';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets: the database and per-request state (loaders cache per request only). */
export type GraphQLContext = {
  db: Database;
  loaders: Loaders;
  requestId: string;
};

export function createContext(db: Database, requestId: string): GraphQLContext {
  return { db, loaders: createLoaders(db), requestId };
}
