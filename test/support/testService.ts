import { startService, type RunningService, type ServiceOptions } from '../../src/server/app';
import type { Database } from '../../src/graph/database';
import { seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from './testDatabase';

/** The real HTTP service on a free port, over the given database. */
export async function startTestService(db: Database, options: Partial<ServiceOptions> = {}): Promise<RunningService> {
  return startService({ db, host: '127.0.0.1', port: 0, development: false, ...options });
}

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }> };
};

/** POSTs an operation to /graphql, as any client would. */
export async function postGraphQL<T = Record<string, unknown>>(
  service: RunningService,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

/** A clean database holding the curated seed, and the real service over it: what most test files start from. */
export async function startSeededService(options: Partial<ServiceOptions> = {}): Promise<{ db: Database; service: RunningService }> {
  const db = testDatabase();
  await clearDatabase(db);
  await seedDatabase(db);
  return { db, service: await startTestService(db, options) };
}

export async function stopService(service: RunningService | undefined, db: Database | undefined): Promise<void> {
  await service?.stop();
  await db?.close();
}
