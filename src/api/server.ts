/** Serving an app over HTTP with @hono/node-server. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** A listening server. */
export interface RunningServer {
  /** `http://host:port` actually bound (port 0 resolves to the chosen port). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listen on `host:port` (port 0 = any free port); resolves once listening. */
export function startServer(app: Hono, opts: { host?: string; port?: number } = {}): Promise<RunningServer> {
  const hostname = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port: opts.port ?? 8080 }, (info: AddressInfo) => {
      const host = hostname.includes(':') ? `[${hostname}]` : hostname;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((res, rej) => {
            server.close((e) => (e ? rej(e) : res()));
            (server as Server).closeAllConnections?.(); // do not wait for idle keep-alive sockets
          }),
      });
    });
    server.once('error', reject);
  });
}
