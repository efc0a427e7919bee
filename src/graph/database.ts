import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type RecordShape, type Session, type SessionMode } from 'neo4j-driver';

export type DatabaseOptions = {
  uri: string;
  username: string;
  password?: string;
  database?: string;
  maxPoolSize: number;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
};

export type Params = Record<string, unknown>;

/** True when the driver could not reach the server at all (as opposed to a query that failed). */
export function isConnectivityError(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED);
}

/**
 * The one door to Neo4j: reads go through executeRead, writes through executeWrite,
 * every transaction carries a timeout, and integers come back as JavaScript numbers
 * (our counts and ranks fit comfortably in 2^53).
 */
export class Database {
  readonly driver: Driver;
  private readonly database?: string;
  private readonly timeoutMs: number;
  /** Sessions open right now (each holds a pooled connection while it works); exported as a metric. */
  sessionsInUse = 0;
  /**
   * Set when the server could not be reached; cleared by the next successful ping or transaction.
   * While set, each transaction pings first, so clients get DATABASE_UNAVAILABLE at once instead of
   * waiting out the driver's retries, and the first ping that succeeds lets traffic through again.
   */
  private unreachable = false;
  /**
   * Every session of this process shares the bookmarks it has seen, so on a cluster a read waits until its
   * member has caught up with what this process already read or wrote: a client reads its own writes, and
   * a cached response is never computed on a member older than the graph version it is stored under.
   * On a single server the bookmarks are always met and cost nothing.
   */
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(options: DatabaseOptions) {
    const auth =
      options.password !== undefined ? neo4j.auth.basic(options.username, options.password) : neo4j.auth.basic(options.username, '');
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxPoolSize,
      // Fail fast when the database is away: a client gets a retryable error in seconds, not after 60 s.
      connectionAcquisitionTimeout: options.connectTimeoutMs + 2000,
      connectionTimeout: options.connectTimeoutMs,
      // The driver retries a failed transaction after about 1 s, 2 s, 4 s... until this budget is spent, so the
      // last attempt can start up to twice the budget in: half the connect timeout keeps the worst case near it.
      maxTransactionRetryTime: Math.round(options.connectTimeoutMs / 2),
    });
    this.database = options.database;
    this.timeoutMs = options.queryTimeoutMs;
  }

  /** Runs one read query and returns its records as plain objects. */
  async read<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.readTx((tx) => tx.run<T>(cypher, params).then((r) => r.records.map((rec) => rec.toObject())));
  }

  /** Runs one write query in its own transaction. */
  async write<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => tx.run<T>(cypher, params).then((r) => r.records.map((rec) => rec.toObject())));
  }

  /** Several reads in one transaction (a longer timeout for bulk reads such as an export). */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    return this.transaction(neo4j.session.READ, work, timeoutMs);
  }

  /** Several writes in one transaction: all of them or none. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    return this.transaction(neo4j.session.WRITE, work, timeoutMs);
  }

  private transaction<T>(mode: SessionMode, work: (tx: ManagedTransaction) => Promise<T>, timeoutMs: number): Promise<T> {
    return this.withSession(mode, (session) =>
      mode === neo4j.session.READ ? session.executeRead(work, { timeout: timeoutMs }) : session.executeWrite(work, { timeout: timeoutMs }),
    );
  }

  /**
   * The bookmark of an empty read transaction. Neo4j hands back, even for a read, a bookmark naming the
   * last transaction committed on the database, so this string changes whenever anything is written,
   * by this service or by anyone else, and stays the same while nothing is. The response cache keys on it.
   */
  lastCommitBookmark(): Promise<string> {
    return this.withSession(neo4j.session.READ, async (session) => {
      await session.executeRead((tx) => tx.run('RETURN 1'), { timeout: this.timeoutMs });
      return session.lastBookmarks().join(',');
    });
  }

  /** A session for `use`, counted while open, and the fail-fast state kept up to date. */
  private async withSession<T>(mode: SessionMode, use: (session: Session) => Promise<T>): Promise<T> {
    // Known to be down: one quick ping (refused at once, or bounded by connectionTimeout) instead of retries.
    if (this.unreachable) await this.ping();
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
    this.sessionsInUse += 1;
    try {
      const result = await use(session);
      this.unreachable = false;
      return result;
    } catch (error) {
      if (isConnectivityError(error)) this.unreachable = true;
      throw error;
    } finally {
      this.sessionsInUse -= 1;
      await session.close();
    }
  }

  /** Resolves when the server answers; rejects otherwise (used by /ready and at start-up). */
  async ping(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.database });
      this.unreachable = false;
    } catch (error) {
      if (isConnectivityError(error)) this.unreachable = true;
      throw error;
    }
  }

  /** Waits until the server answers or the time is up. */
  async waitUntilReachable(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.ping();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
