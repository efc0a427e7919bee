import { Neo4jError } from 'neo4j-driver';
import { classifyDatabaseError } from '../../src/core/errors';

/** What a client reads for the driver's errors; the driver's own retryable check once threw here instead. */
describe('classifyDatabaseError', () => {
  it('reads a pool acquisition timeout (no server code) as DATABASE_UNAVAILABLE instead of throwing', () => {
    const error = new Neo4jError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 20', 'N/A', 'N/A', 'N/A');
    expect(classifyDatabaseError(error)?.extensions).toEqual(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', retryable: true }));
  });

  it('reads a transient server error as DATABASE_UNAVAILABLE, a transaction timeout as QUERY_TIMEOUT', () => {
    const transient = new Neo4jError('Leader switched', 'Neo.TransientError.Cluster.NotALeader', 'N/A', 'N/A');
    expect(classifyDatabaseError(transient)?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    const timeout = new Neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'N/A', 'N/A');
    expect(classifyDatabaseError(timeout)?.extensions.code).toBe('QUERY_TIMEOUT');
  });

  it('leaves a syntax error and anything not from the driver alone', () => {
    expect(classifyDatabaseError(new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A'))).toBeUndefined();
    expect(classifyDatabaseError(new Error('acquisition'))).toBeUndefined();
  });
});
