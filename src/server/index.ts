export { createApp, type NexusApp } from './app.js';
export { startServer, isLoopback, WEB_ROOT, type ServeOptions, type RunningServer } from './serve.js';
export { CSP } from './security.js';
export { DEFAULT_LIMITS, type ServerDeps, type Limits } from './deps.js';
export type * from './api.js';
