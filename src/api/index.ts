/** The HTTP API: `createApp(deps)` builds the Hono app, `startServer` listens. */
export { createApp, CSP, type AppDeps } from './app.ts';
export { ApiError } from './errors.ts';
export { startServer, type RunningServer } from './server.ts';
