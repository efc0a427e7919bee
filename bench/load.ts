/**
 * Load generators with one result shape: autocannon for the HTTP APIs, and a bounded concurrent
 * loop for raw driver calls. Both keep `connections` requests in flight, run for a fixed time (or a
 * fixed number of requests), and report p50/p99 latency in milliseconds and requests per second.
 * A response that is not HTTP 200, or whose body carries GraphQL `errors`, counts as an error.
 */
import autocannon from 'autocannon';

export type LoadResult = {
  /** Null when no request completed within the measurement (every one took longer than it). */
  p50: number | null;
  p99: number | null;
  rps: number;
  requests: number;
  errors: number;
  seconds: number;
};

export type LoadPlan = {
  connections: number;
  /** Run for this long... */
  durationS?: number;
  /** ...or stop after this many requests (whichever the caller sets). */
  amount?: number;
  /** Per request; a request still running after this is an error. */
  timeoutS?: number;
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** POSTs GraphQL bodies from `nextBody` to `url` with autocannon. */
export async function httpLoad(url: string, nextBody: () => string, plan: LoadPlan): Promise<LoadResult> {
  let errors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: plan.connections,
    pipelining: 1,
    timeout: plan.timeoutS ?? 30,
    ...(plan.amount !== undefined ? { amount: plan.amount } : { duration: plan.durationS ?? 10 }),
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: nextBody() }),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors":')) errors++;
        },
      },
    ],
  });
  const total = result.requests.total;
  // start and finish have millisecond precision; `duration` is rounded to whole seconds.
  const seconds = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
  return {
    p50: total > 0 ? round(result.latency.p50) : null,
    p99: total > 0 ? round(result.latency.p99) : null,
    rps: round(total / Math.max(0.001, seconds), 1),
    requests: total,
    errors: errors + result.errors + result.timeouts,
    seconds: round(seconds),
  };
}

/** Runs `call` from `connections` concurrent loops; each loop starts its next call when the last one ends. */
export async function rawLoad(call: () => Promise<unknown>, plan: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + (plan.durationS ?? 10) * 1000;
  const more = () => (plan.amount !== undefined ? issued < plan.amount : performance.now() < deadline);
  const worker = async () => {
    while (more()) {
      issued++;
      const t0 = performance.now();
      try {
        await call();
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: latencies.length > 0 ? round(percentile(latencies, 50)) : null,
    p99: latencies.length > 0 ? round(percentile(latencies, 99)) : null,
    rps: round(latencies.length / Math.max(0.001, seconds), 1),
    requests: latencies.length,
    errors,
    seconds: round(seconds),
  };
}
