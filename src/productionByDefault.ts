/**
 * Unset NODE_ENV means production here (src/config.ts says the same), and libraries must agree before
 * they load: graphql-js picks its slow, development-only `instanceOf` check at import time when
 * NODE_ENV is not 'production' (about 4% of the service's CPU under load, measured with --cpu-prof).
 * So this module is imported first, before anything that imports graphql.
 */
process.env.NODE_ENV ??= 'production';

export {};
