# syntax=docker/dockerfile:1

# ---- build: all dependencies, TypeScript and the web pages → dist/ ----
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seed ./seed
RUN npm run build
# The explorer and GraphiQL (Vite → dist/web), built from web/, the typed client and the example operations.
COPY schema ./schema
COPY web ./web
COPY client ./client
COPY docs/operations ./docs/operations
RUN npm run build:web

# ---- runtime: production dependencies and the compiled code only ----
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# package.json also marks the project folder: src/paths.ts walks up from dist/src/ to find it,
# and schema/ and seed/ are read relative to it (/app/schema, /app/seed/data).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seed/data ./seed/data
# node:20-slim ships the unprivileged user "node"; the files above stay root-owned and read-only for it.
USER node
EXPOSE 4000
# Healthy means the service can answer: /ready runs a real query on Neo4j (/health would only say the process
# serves HTTP, and stayed 200 for a service whose database was gone). The slim image has no curl, so Node asks.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same V8 memory flags as `npm start` (package.json; test/unit/compose.test.ts checks): garbage is collected rather than kept as RSS.
CMD ["node", "--max-old-space-size=160", "--max-semi-space-size=4", "dist/src/index.js"]
