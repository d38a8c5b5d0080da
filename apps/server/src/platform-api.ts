// What other workspace packages (e2e, bench) use to start the real platform in-process.
export { installedPlugins } from './installed-plugins';
export { appRouter, type AppRouter } from './app-router';
export { serverConfigFromEnv, type ServerConfig } from './config';
export { startPlatform, type Mode, type Platform, type StartOptions } from './runtime/platform';
export { buildApp, type AppOptions, type GongkaiApp } from './http/app';
