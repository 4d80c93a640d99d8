// Prisma CLI configuration: migrations run on the bundled WASM schema engine through a CLI-only
// driver adapter, so no engine binary is ever downloaded (the machine is offline).
import path from 'node:path';
import { setTimeout as nodeSetTimeout } from 'node:timers';
import { defineConfig } from 'prisma/config';
import { cliAdapter } from './prisma/cli-adapter.mjs';

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/true';
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve('prisma/query-engine-stub.cjs');
process.env.CHECKPOINT_DISABLE ??= '1';

// The WASM engine leaves long timers behind; let the CLI exit as soon as its work is done.
globalThis.setTimeout = Object.assign((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const t = nodeSetTimeout(fn, ms, ...args);
  if ((ms ?? 0) >= 10_000) t.unref();
  return t;
}, nodeSetTimeout) as unknown as typeof globalThis.setTimeout;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    return cliAdapter(process.env.DATABASE_URL);
  },
});
