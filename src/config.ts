import { z } from 'zod';
import { DEFAULT_RESPONSE_CACHE } from './cache/responseCache';

/**
 * Configuration, read once from the environment and validated.
 * A bad value stops start-up with a message that names the variable.
 */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Digits only, so " ", "0x10" or "1e3" are refused rather than read as some port. */
const port = z
  .string()
  .regex(/^\d+$/, 'must be a number: a whole number between 0 and 65535')
  .transform(Number)
  .pipe(z.number().int().min(0, 'must be between 0 and 65535').max(65535, 'must be between 0 and 65535'));

const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be positive');

/** Memory sizes as the JVM and Neo4j write them: 512m, 1g, 2048k. */
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 1g');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(logLevels, { message: `must be one of ${logLevels.join(', ')}` }).default('info'),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_MAX_POOL_SIZE: positiveInt.default(50),
  NEO4J_CONNECT_TIMEOUT_MS: positiveInt.default(3000),
  QUERY_TIMEOUT_MS: positiveInt.default(10000),

  NEO4J_EMBEDDED_PORT: port.refine((p: number) => p > 0, 'must be between 1 and 65535').default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('data/neo4j'),
  NEO4J_HEAP: memorySize.default('1g'),
  NEO4J_PAGECACHE: memorySize.default('512m'),
  NEO4J_START_TIMEOUT_MS: positiveInt.default(180000),

  SEED_ON_START: booleanFromEnv.default(true),
  INTROSPECTION: booleanFromEnv.default(true),
  API_KEYS: z
    .string()
    .regex(
      /^\s*[\w.-]+:(reader|writer):[0-9a-f]{64}\s*(,\s*[\w.-]+:(reader|writer):[0-9a-f]{64}\s*)*$/,
      'must be a comma-separated list of keyId:role:sha256hex (role reader or writer); see README',
    )
    .optional(),
  READS_REQUIRE_KEY: booleanFromEnv.default(false),

  RESPONSE_CACHE_MB: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (off) or more')
    .default(DEFAULT_RESPONSE_CACHE.maxBytes / 1048576),
  RESPONSE_CACHE_TTL_S: positiveInt.default(DEFAULT_RESPONSE_CACHE.ttlSeconds),

  CORS_ORIGINS: z
    .string()
    .refine(
      (v) => parseOrigins(v).every(isOrigin),
      'must be a comma-separated list of origins such as https://app.example.org (scheme, host and port only)',
    )
    .optional(),
  CORS_CREDENTIALS: booleanFromEnv.default(false),
});

const parseOrigins = (value: string) =>
  value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');

/** An origin exactly as a browser sends it: no path, no trailing slash, no wildcard. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: (typeof logLevels)[number];
  neo4j: {
    /** Set when an external server or cluster is used; the service then starts nothing itself. */
    uri?: string;
    username: string;
    password?: string;
    database?: string;
    maxPoolSize: number;
    connectTimeoutMs: number;
    queryTimeoutMs: number;
  };
  embedded: {
    port: number;
    dataDir: string;
    heap: string;
    pagecache: string;
    startTimeoutMs: number;
  };
  seedOnStart: boolean;
  introspection: boolean;
  auth: {
    /** Hashed API keys: the plain keys are never configured, stored or logged. */
    keys: ApiKeyEntry[];
    readsRequireKey: boolean;
  };
  /** Whole-response cache for queries (src/cache/responseCache.ts); null when RESPONSE_CACHE_MB is 0. */
  responseCache: { maxBytes: number; ttlSeconds: number } | null;
  /** Origins whose pages may call the API from a browser (src/server/cors.ts); none by default. */
  cors: { origins: string[]; credentials: boolean };
};

export type Role = 'reader' | 'writer';
export type ApiKeyEntry = { id: string; role: Role; sha256: string };

function parseApiKeys(value: string | undefined): ApiKeyEntry[] {
  if (!value) return [];
  return value.split(',').map((entry) => {
    const [id, role, sha256] = entry.trim().split(':') as [string, Role, string];
    return { id, role, sha256 };
  });
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, as a shell `FOO= npm start` means. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    },
    embedded: {
      port: e.NEO4J_EMBEDDED_PORT,
      dataDir: e.NEO4J_DATA_DIR,
      heap: e.NEO4J_HEAP,
      pagecache: e.NEO4J_PAGECACHE,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
    },
    seedOnStart: e.SEED_ON_START,
    introspection: e.INTROSPECTION,
    auth: { keys: parseApiKeys(e.API_KEYS), readsRequireKey: e.READS_REQUIRE_KEY },
    cors: { origins: e.CORS_ORIGINS ? parseOrigins(e.CORS_ORIGINS) : [], credentials: e.CORS_CREDENTIALS },
    responseCache: e.RESPONSE_CACHE_MB > 0 ? { maxBytes: e.RESPONSE_CACHE_MB * 1048576, ttlSeconds: e.RESPONSE_CACHE_TTL_S } : null,
  };
}
