/** `sitrep serve`: the HTTP API and dashboard on 127.0.0.1:8080 until SIGINT/SIGTERM. */
import { defineCommand } from 'citty';
import { createApp } from '../../api/app.ts';
import { startServer } from '../../api/server.ts';
import { dbArg, intArg, openDb } from '../_shared.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  meta: { name: 'serve', description: 'Serve the HTTP API (/api) and dashboard (/); POST needs SITREP_TOKEN' },
  args: {
    ...dbArg,
    host: { type: 'string', description: 'Interface to bind', default: '127.0.0.1' },
    port: { type: 'string', description: 'TCP port (0 = any free port)', default: '8080' },
  },
  async run({ args }) {
    const port = intArg('port', args.port)!;
    if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
    const token = process.env.SITREP_TOKEN?.trim() || null;
    const store = openDb(args.db);
    const app = createApp({ store, token });
    const server = await startServer(app, { host: args.host, port }).catch(async (e: unknown) => {
      await store.close();
      throw e;
    });
    console.error(`sitrep: serving ${args.db} at ${server.url}/ (API ${server.url}/api/openapi.json; POST ${token ? 'enabled' : 'disabled: set SITREP_TOKEN'})`);
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    console.error('sitrep: shutting down');
    await server.close();
    await store.close();
  },
});
