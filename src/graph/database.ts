import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

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

  constructor(options: DatabaseOptions) {
    const auth =
      options.password !== undefined ? neo4j.auth.basic(options.username, options.password) : neo4j.auth.basic(options.username, '');
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxPoolSize,
      // Fail fast when the database is away: a client gets a retryable error in seconds, not after 60 s.
      connectionAcquisitionTimeout: options.connectTimeoutMs + 2000,
      connectionTimeout: options.connectTimeoutMs,
      maxTransactionRetryTime: options.connectTimeoutMs,
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

  /** Several reads in one transaction. */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    this.sessionsInUse += 1;
    try {
      return await session.executeRead(work, { timeout: this.timeoutMs });
    } finally {
      this.sessionsInUse -= 1;
      await session.close();
    }
  }

  /** Several writes in one transaction: all of them or none. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    this.sessionsInUse += 1;
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } finally {
      this.sessionsInUse -= 1;
      await session.close();
    }
  }

  /** Resolves when the server answers; rejects otherwise (used by /ready and at start-up). */
  async ping(): Promise<void> {
    await this.driver.getServerInfo({ database: this.database });
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
