// Programmatic entry for other workspace packages (the browser tests, benchmarks): start the
// platform exactly as the CLI does, optionally with a different plugin list.
export { startPlatform, type Platform, type StartOptions, type Mode } from './runtime/platform';
export { serverConfigFromEnv, type ServerConfig } from './config';
export { installedPlugins } from './installed-plugins';
export { appRouter, type AppRouter } from './app-router';
export { buildApp, type AppOptions, type GongkaiApp } from './http/app';
