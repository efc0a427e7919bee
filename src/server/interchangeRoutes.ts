/**
 * HTTP surface of bulk import and export (src/interchange):
 * - `POST /import?format=kgx|jsonl|csv|seed&dryRun=true`, multipart/form-data with one part per file
 *   (`curl -F nodes=@x_nodes.tsv -F edges=@x_edges.tsv`), writer keys only. The parts stream to a
 *   temporary folder (never held in memory), at most LIMITS.maxUploadBytes in all, one import at a time;
 *   then the same validation and single-transaction write as `npm run import`. 200 with the report, 422
 *   with every problem (nothing written).
 * - `GET /export/<file>?retracted=false`: one file of an export (nodes.tsv, edges.tsv, nodes.jsonl,
 *   edges.jsonl, graph.graphml, sources.csv, entities.csv, links.csv, claims.csv), streamed from one read
 *   transaction; a key is needed when READS_REQUIRE_KEY is on.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { ApiKeyEntry } from '../config';
import { checkApiKey, type Caller } from '../auth/apiKeys';
import { classifyDatabaseError, ErrorCode } from '../core/errors';
import type { Database } from '../graph/database';
import { CONTENT_TYPES, EXPORT_FILES, EXPORT_FORMATS, exportGraph, type ExportFormat } from '../interchange/exporter';
import { FORMATS, InputError, findInput, type Format } from '../interchange/formats';
import { ImportRefused, problemsSummary, runImport } from '../interchange/importer';
import { formatProblem } from '../interchange/model';
import { sendError } from './httpErrors';
import { LIMITS } from './limits';

type Options = { db: Database; auth: { keys: ApiKeyEntry[]; readsRequireKey: boolean }; logger: Logger };

/** The caller of a request, or a response already sent (401) when the key is bad or missing but needed. */
function callerOf(req: Request, res: Response, keys: ApiKeyEntry[], required: boolean): Caller | undefined {
  const check = checkApiKey(req.header('authorization'), keys);
  if (check.status === 'invalid') {
    sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'The API key is not valid.');
    return undefined;
  }
  if (check.status === 'anonymous') {
    if (!required) return null;
    sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'This needs an API key: send it as `Authorization: Bearer <key>`.');
    return undefined;
  }
  return check.caller;
}

class UploadTooLarge extends Error {}

/** Streams every file part of a multipart request into `dir`, counting bytes against the limit. */
function receiveFiles(req: Request, dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 16, fields: 16, fileSize: LIMITS.maxUploadBytes } });
    } catch {
      reject(
        new InputError('Send the files as multipart/form-data, one part per file (curl -F nodes=@x_nodes.tsv -F edges=@x_edges.tsv).'),
      );
      return;
    }
    let total = 0;
    const names: string[] = [];
    const writes: Promise<void>[] = [];
    parser.on('file', (_field, stream, info) => {
      const name = basename(info.filename ?? '').replace(/[^\w.-]/g, '_');
      if (!name || names.includes(name)) {
        stream.resume();
        writes.push(Promise.reject(new InputError(`Every part needs a distinct file name (got "${info.filename}").`)));
        return;
      }
      names.push(name);
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          total += chunk.length;
          if (total > LIMITS.maxUploadBytes) done(new UploadTooLarge());
          else done(null, chunk);
        },
      });
      stream.on('limit', () => counter.destroy(new UploadTooLarge()));
      writes.push(pipeline(stream, counter, createWriteStream(join(dir, name))));
    });
    parser.on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))));
    parser.on('close', () => {
      Promise.all(writes).then(() => resolve(names), reject);
    });
    req.pipe(parser);
  });
}

export function interchangeRouter(options: Options): Router {
  const router = express.Router();
  let running = 0;

  router.post('/import', async (req, res) => {
    const caller = callerOf(req, res, options.auth.keys, true);
    if (caller === undefined) return;
    if (caller?.role !== 'writer') {
      return sendError(res, 403, ErrorCode.FORBIDDEN, 'Your API key may read but not change the graph; imports need a writer key.');
    }
    const format = req.query.format;
    if (format !== undefined && !FORMATS.includes(format as Format)) {
      return sendError(res, 400, ErrorCode.BAD_REQUEST, `format must be one of ${FORMATS.join(', ')}.`);
    }
    const declared = Number(req.header('content-length') ?? 0);
    if (declared > LIMITS.maxUploadBytes) {
      return sendError(res, 413, ErrorCode.REQUEST_TOO_LARGE, `An upload may hold at most ${LIMITS.maxUploadBytes / 1048576} MB.`);
    }
    if (running >= LIMITS.concurrentImports) {
      res.setHeader('retry-after', '30');
      return sendError(res, 429, ErrorCode.IMPORT_BUSY, 'Another import is running; retry when it has finished.', { retryable: true });
    }
    running += 1;
    const dir = mkdtempSync(join(tmpdir(), 'upload-'));
    try {
      await receiveFiles(req, dir);
      const input = findInput(dir, format as Format | undefined);
      const report = await runImport(
        options.db,
        { path: dir, format: input.format, dryRun: req.query.dryRun === 'true', by: `key:${caller.keyId}`, log: () => {} },
        input,
      );
      const body = { ...report, problems: report.problems.map(formatProblem) };
      if (!report.ok)
        return res.status(422).json({
          ...body,
          errors: [{ message: problemsSummary(report), extensions: { code: ErrorCode.IMPORT_INVALID } }],
        });
      options.logger.info(
        { importId: report.importId, by: report.by, relationships: report.relationships, dryRun: report.dryRun },
        'bulk import',
      );
      return res.json(body);
    } catch (error) {
      if (error instanceof UploadTooLarge)
        return sendError(res, 413, ErrorCode.REQUEST_TOO_LARGE, `An upload may hold at most ${LIMITS.maxUploadBytes / 1048576} MB.`);
      if (error instanceof InputError) return sendError(res, 400, ErrorCode.BAD_REQUEST, error.message.replace(dir, 'upload'));
      if (error instanceof ImportRefused) {
        return res.status(422).json({
          problems: error.problems.map(formatProblem),
          errors: [{ message: 'Nothing was written.', extensions: { code: ErrorCode.IMPORT_INVALID } }],
        });
      }
      const known = classifyDatabaseError(error);
      if (known) return sendError(res, 503, String(known.extensions.code), known.message);
      options.logger.error({ err: error }, 'bulk import failed');
      return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The import failed on our side; nothing was written.');
    } finally {
      running -= 1;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  router.get('/export/:file', async (req, res) => {
    const caller = callerOf(req, res, options.auth.keys, options.auth.readsRequireKey);
    if (caller === undefined) return;
    const file = req.params.file;
    const format = EXPORT_FORMATS.find((f) => EXPORT_FILES[f].includes(file)) as ExportFormat | undefined;
    if (!format) {
      return sendError(
        res,
        404,
        ErrorCode.BAD_REQUEST,
        `No export file "${file}"; choose one of ${EXPORT_FORMATS.flatMap((f) => EXPORT_FILES[f]).join(', ')}.`,
      );
    }
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="${file}"`);
    try {
      await exportGraph(options.db, format, () => res, { includeRetracted: req.query.retracted !== 'false' }, [file]);
    } catch (error) {
      if (!res.headersSent) {
        const known = classifyDatabaseError(error);
        if (known) return sendError(res, 503, String(known.extensions.code), known.message);
        return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The export failed on our side.');
      }
      // Half a file must not pass for a whole one: the connection is cut instead of ended.
      options.logger.error({ err: error }, 'export failed while streaming');
      res.destroy();
    }
  });

  return router;
}
