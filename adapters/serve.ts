import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

/** Starts the HTTP server (the only importer of @hono/node-server) and resolves once it listens. */
export function listen(app: Hono, port: number, hostname: string): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, () => resolve(server));
  });
}
