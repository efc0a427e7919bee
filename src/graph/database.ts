import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type RecordShape, type Session, type SessionMode } from 'neo4j-driver';
import { DatabaseDeadlineError, watchWhileWaiting, withDeadline, type ProbeResult } from './deadline';

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
 * What a repository function needs to read: one statement (`read`) or several in one transaction (`readTx`).
 * A Database is one; so is the reader `Database.readTogether` hands out, which runs the reads of several
 * repository calls in one transaction.
 */
export type Reader = {
  read<T extends RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
};

/** Every read in one open transaction: a request that makes several pays for one BEGIN and one COMMIT. */
class TransactionReader implements Reader {
  constructor(private readonly tx: ManagedTransaction) {}

  async read<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return (await this.tx.run<T>(cypher, params)).records.map((rec) => rec.toObject());
  }

  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return work(this.tx);
  }
}

/** True when the driver could not reach the server at all (as opposed to a query that failed). */
export function isConnectivityError(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED);
}

/**
 * The one door to Neo4j: reads go through executeRead, writes through executeWrite,
 * every transaction carries a timeout, and integers come back as JavaScript numbers
 * (our counts and ranks fit comfortably in 2^53).
 *
 * Deadlines, whatever the server does (src/graph/deadline.ts): Neo4j stops a transaction past its timeout,
 * the driver bounds connecting and waiting for a pooled connection, and on top of both every call is watched
 * from this side: while it waits, a trivial query on a separate connection checks every connectTimeoutMs that
 * the server still answers, and no call outlives its transaction timeout plus the acquisition timeout.
 * Two missed checks in a row (or a refused connection) judge the server unreachable, which fails the waiting
 * reads: a frozen server costs a waiting read about three connect timeouts, and later requests one.
 * One slow check alone (a long GC pause) fails nothing. Writes are not cut on the probes' word: a live server
 * starved of CPU also misses checks (a large DETACH DELETE did, on this 2-core machine), and a write given up
 * on may still commit; they wait for the server's own answer up to the limit.
 */
export class Database {
  readonly driver: Driver;
  /**
   * A second, tiny pool for liveness checks only: a probe must measure the server, not wait behind
   * requests that hold every connection of the main pool.
   */
  private readonly probeDriver: Driver;
  private readonly database?: string;
  private readonly timeoutMs: number;
  private readonly connectTimeoutMs: number;
  /** The longest any call may take after it asked for a session: transaction timeout plus acquisition timeout. */
  private readonly acquisitionTimeoutMs: number;
  /** The probe in flight, shared by every caller that wants one at the same moment. */
  private probing: Promise<void> | undefined;
  /** Liveness checks in a row that got no answer in time; two make the server unreachable. */
  private missedProbes = 0;
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
    this.acquisitionTimeoutMs = options.connectTimeoutMs + 2000;
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxPoolSize,
      // Fail fast when the database is away: a client gets a retryable error in seconds, not after 60 s.
      connectionAcquisitionTimeout: this.acquisitionTimeoutMs,
      // Bounds the TCP connect only: a frozen server's kernel still accepts, then nothing answers (hence the probes).
      connectionTimeout: options.connectTimeoutMs,
      // The driver retries a failed transaction after about 1 s, 2 s, 4 s... until this budget is spent, so the
      // last attempt can start up to twice the budget in: half the connect timeout keeps the worst case near it.
      maxTransactionRetryTime: Math.round(options.connectTimeoutMs / 2),
    });
    this.probeDriver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 2,
      connectionAcquisitionTimeout: options.connectTimeoutMs,
      connectionTimeout: options.connectTimeoutMs,
      maxTransactionRetryTime: 0,
    });
    this.database = options.database;
    this.timeoutMs = options.queryTimeoutMs;
    this.connectTimeoutMs = options.connectTimeoutMs;
  }

  /** Runs one read query and returns its records as plain objects. */
  async read<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.readTogether((reader) => reader.read<T>(cypher, params));
  }

  /** Runs one write query in its own transaction. */
  async write<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => tx.run<T>(cypher, params).then((r) => r.records.map((rec) => rec.toObject())));
  }

  /**
   * Several reads in one transaction (a longer timeout for bulk reads such as an export). `fetchSize` is
   * how many records the server sends per batch (the driver's default is 1,000): an export streams
   * hundreds of thousands, and fewer round trips keep the server busy.
   */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs, fetchSize?: number): Promise<T> {
    return this.transaction(neo4j.session.READ, work, timeoutMs, fetchSize);
  }

  /**
   * The reads of several repository calls (each written against a Reader) in one read transaction. The driver
   * retries the whole of `work` on a transient error, so `work` must only read.
   */
  async readTogether<T>(work: (reader: Reader) => Promise<T>): Promise<T> {
    return this.readTx((tx) => work(new TransactionReader(tx)));
  }

  /** Several writes in one transaction: all of them or none. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    return this.transaction(neo4j.session.WRITE, work, timeoutMs);
  }

  private transaction<T>(
    mode: SessionMode,
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs: number,
    fetchSize?: number,
  ): Promise<T> {
    return this.withSession(mode, timeoutMs, fetchSize, (session) =>
      mode === neo4j.session.READ ? session.executeRead(work, { timeout: timeoutMs }) : session.executeWrite(work, { timeout: timeoutMs }),
    );
  }

  /**
   * The bookmark of an empty read transaction. Neo4j hands back, even for a read, a bookmark naming the
   * last transaction committed on the database, so this string changes whenever anything is written,
   * by this service or by anyone else, and stays the same while nothing is. The response cache keys on it.
   */
  lastCommitBookmark(): Promise<string> {
    return this.withSession(neo4j.session.READ, this.timeoutMs, undefined, async (session) => {
      await session.executeRead((tx) => tx.run('RETURN 1'), { timeout: this.timeoutMs });
      return session.lastBookmarks().join(',');
    });
  }

  /**
   * A session for `use`, counted while open, watched by liveness probes and bounded by a deadline,
   * and the fail-fast state kept up to date.
   */
  private async withSession<T>(
    mode: SessionMode,
    timeoutMs: number,
    fetchSize: number | undefined,
    use: (session: Session) => Promise<T>,
  ): Promise<T> {
    // Known to be down: one quick ping (refused at once, or bounded by the connect timeout) instead of retries.
    if (this.unreachable) await this.ping();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
      ...(fetchSize !== undefined ? { fetchSize } : {}),
    });
    this.sessionsInUse += 1;
    // Counted until the session really closes: a call given up on still holds its connection until the server
    // answers or the connection dies, and the gauge should show that.
    const work = use(session).finally(() => {
      this.sessionsInUse -= 1;
      return session.close();
    });
    try {
      const limitMs = timeoutMs + this.acquisitionTimeoutMs;
      const result = await (mode === neo4j.session.READ
        ? watchWhileWaiting(work, { everyMs: this.connectTimeoutMs, limitMs, probe: () => this.watchProbe() })
        : withDeadline(work, limitMs, 'this transaction'));
      this.unreachable = false;
      return result;
    } catch (error) {
      // Whether the server is away is the driver's or the probes' verdict, not that of one call past its limit.
      if (isConnectivityError(error) && !(error instanceof DatabaseDeadlineError)) this.unreachable = true;
      // A call given up on may still settle later; its outcome has no one left to hear it.
      if (error instanceof DatabaseDeadlineError) work.catch(() => undefined);
      throw error;
    }
  }

  /**
   * Resolves when the server answers a real round trip (`RETURN 1` on the probe pool) within the connect
   * timeout; rejects otherwise. Used by /ready, at start-up, and to watch calls that wait long.
   */
  ping(): Promise<void> {
    this.probing ??= this.probeOnce().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  /** The probe as a waiting call sees it: it rejects only once the server is judged unreachable. */
  private async watchProbe(): Promise<ProbeResult> {
    try {
      await this.ping();
      return 'alive';
    } catch (error) {
      if (this.unreachable || !(error instanceof DatabaseDeadlineError)) throw error;
      return 'unsure';
    }
  }

  private async probeOnce(): Promise<void> {
    const session = this.probeDriver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const roundTrip = session.executeRead((tx) => tx.run('RETURN 1'), { timeout: this.connectTimeoutMs }).finally(() => session.close());
    try {
      await withDeadline(roundTrip, this.connectTimeoutMs, 'a liveness check');
      this.missedProbes = 0;
      this.unreachable = false;
    } catch (error) {
      roundTrip.catch(() => undefined);
      if (error instanceof DatabaseDeadlineError) {
        this.missedProbes += 1;
        if (this.missedProbes >= 2) this.unreachable = true;
      } else if (isConnectivityError(error)) {
        this.unreachable = true;
      }
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
    await Promise.all([this.driver.close(), this.probeDriver.close()]);
  }
}
