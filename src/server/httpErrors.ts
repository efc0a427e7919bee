import type { Response } from 'express';

/** An error response in the GraphQL shape, for requests answered outside Apollo (refused bodies, import, export). */
export function sendError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}
