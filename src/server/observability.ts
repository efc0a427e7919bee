import pino, { type Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../core/context';
import type { Database } from '../graph/database';

export function createLogger(level: string): Logger {
  // Never log the Authorization header or anything that looks like a key.
  return pino({ level, redact: { paths: ['req.headers.authorization', 'authorization', '*.authorization'], censor: '[redacted]' } });
}

/** Prometheus metrics of one service instance (own registry, so tests can run several). */
export function createMetrics(db: Database) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
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
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** Operation names become metric labels: keep them short and of a bounded alphabet. */
function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'invalid';
}

/** One log line and the metrics per operation: request id, operation name, duration, error codes. */
export function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, metrics: requestMetrics }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationLabel(operationName ?? request.operationName);
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
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
