import pino, { type DestinationStream, type Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { GraphQLContext } from '../core/context';
import type { Database } from '../graph/database';

/** JSON log lines to stdout, or to `destination` (`npm run mcp` logs to stderr: its stdout is the protocol's). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  // Never log the Authorization header or anything that looks like a key.
  const options = { level, redact: { paths: ['req.headers.authorization', 'authorization', '*.authorization'], censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/** Prometheus metrics of one service instance (own registry, so tests can run several). */
export function createMetrics(db: Database) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations by operation name',
      labelNames: ['operation'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operation latency by operation name',
      labelNames: ['operation'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    cacheHits: new Counter({
      name: 'graphql_response_cache_hits_total',
      help: 'Query responses served from the response cache',
      registers: [registry],
    }),
    cacheMisses: new Counter({
      name: 'graphql_response_cache_misses_total',
      help: 'Queries that looked in the response cache and ran because nothing (fresh) was there',
      registers: [registry],
    }),
    errors: new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors by code', labelNames: ['code'], registers: [registry] }),
    sessionsInUse: new Gauge({
      name: 'neo4j_sessions_in_use',
      help: 'Neo4j sessions (each holding a pooled connection) in use',
      registers: [registry],
      collect() {
        this.set(db.sessionsInUse);
      },
    }),
    /** Operation names seen so far; past MAX_OPERATION_LABELS new names share one label. */
    operationLabels: new Set<string>(),
    /** A request refused before GraphQL execution (body, key, back-pressure): counted under the code the client got. */
    countRefusal(code: string) {
      metrics.requests.inc({ operation: REFUSED_OPERATION });
      metrics.errors.inc({ code });
    },
  };
  return metrics;
}
export type Metrics = ReturnType<typeof createMetrics>;

/** The label of requests that never became an operation: unparsable, invalid, unknown operationName. */
export const UNRESOLVED_OPERATION = '(unresolved)';
/** The label of requests refused before Apollo saw them. */
export const REFUSED_OPERATION = '(refused)';
/** The label of valid operations named after the first MAX_OPERATION_LABELS names. */
export const OTHER_OPERATION = '(other)';
/** Distinct operation names that get their own label; a real client has a few dozen. */
export const MAX_OPERATION_LABELS = 200;

/**
 * Operation names become metric labels, so only an operation that parsed and validated gives its name
 * (a client can send any operationName with a broken document); and only the first MAX_OPERATION_LABELS
 * names: a client can also send any number of valid documents under new names. The series stay bounded.
 */
function operationLabel(metrics: Metrics, resolved: boolean, name: string | null | undefined): string {
  if (!resolved) return UNRESOLVED_OPERATION;
  if (!name) return 'anonymous';
  if (metrics.operationLabels.has(name)) return name;
  if (metrics.operationLabels.size >= MAX_OPERATION_LABELS) return OTHER_OPERATION;
  metrics.operationLabels.add(name);
  return name;
}

/** The codes the client was sent, read from the formatted answer (not from the errors before formatError). */
function sentCodes(response: GraphQLResponse): string[] {
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
  return (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

/** One log line and the metrics per operation: request id, operation name, duration, error codes. */
export function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation: resolved, response, metrics: requestMetrics }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationLabel(metrics, resolved !== undefined, resolved?.name?.value ?? request.operationName);
          const codes = sentCodes(response);
          metrics.requests.inc({ operation });
          metrics.latency.observe({ operation }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          // Undefined when the cache is off, or for operations it never looks at (mutations, refused requests).
          const cacheHit = requestMetrics.responseCacheHit;
          if (cacheHit === true) metrics.cacheHits.inc();
          else if (cacheHit === false) metrics.cacheMisses.inc();
          logger.info(
            {
              requestId: contextValue.requestId,
              operation,
              durationMs: Math.round(seconds * 1000 * 10) / 10,
              caller: contextValue.caller?.keyId,
              ...(cacheHit !== undefined ? { cacheHit } : {}),
              ...(codes.length ? { errorCodes: codes } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
