// Prisma 6.19 with the JavaScript engine: no native engine download is possible on these
// machines (see README "Why the JS engine"). The adapter below is only used by the CLI
// (migrate diff / migrate dev); the application connects through src/client.ts.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { migrationAdapterFactory } from './scripts/migration-adapter';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => migrationAdapterFactory(process.env.DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/postgres'),
});
