#!/usr/bin/env node
// `npm start` / `npm run dev`: one command from a fresh clone to a running Benchline.
// Selects the database (DATABASE_URL or the embedded PostgreSQL in .data/postgres), creates it if
// missing, applies migrations, then seeds (catalog, benchmarks, demo account) and, when the
// production build is missing or stale, builds, the two side by side (the build needs no database),
// then serves on PORT (default 3000). Prints how long it took to be ready.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, ensureDatabase, startEmbedded } from './db.mjs';
import { root, run, supervise } from './proc.mjs';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const port = process.env.PORT || '3000';
const say = (m) => console.log(`[benchline] ${m}`);

function localSecret() {
  const file = path.join(dataDir, 'nextauth-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

// Hash of everything that goes into `next build`, so a stale build is rebuilt and a fresh one reused.
const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'prisma/schema.prisma',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
  'proxy.ts',
];
function sourceHash() {
  const hash = createHash('sha256');
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      if (p.endsWith(`lib${path.sep}generated`)) return;
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(path.relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const input of BUILD_INPUTS) walk(path.join(root, input));
  return hash.digest('hex');
}

async function main() {
  const started = performance.now();
  const external = process.env.DATABASE_URL?.trim();
  let embedded;
  let url = external;
  if (external) {
    say('Using DATABASE_URL.');
  } else {
    say('No DATABASE_URL: starting the embedded PostgreSQL (data in .data/postgres).');
    embedded = await startEmbedded({
      log: process.env.BENCHLINE_DB_LOG ? (m) => console.error(`[db] ${m}`) : () => {},
    });
    url = embedded.url('benchline');
  }
  const stop = async () => {
    await embedded?.stop().catch(() => {});
  };
  try {
    await ensureDatabase(url);
    const secret = process.env.NEXTAUTH_SECRET?.trim() || localSecret();
    if (!process.env.NEXTAUTH_SECRET?.trim() && external) {
      say(
        'NEXTAUTH_SECRET is not set: using a generated secret kept in .data/nextauth-secret. Set NEXTAUTH_SECRET for a real deployment.',
      );
    }
    const env = {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: secret,
      // No default NEXTAUTH_URL: without one the app answers on whatever address it was reached at
      // (localhost, 127.0.0.1, the machine's LAN address from a phone); see lib/env.ts.
      PORT: port,
      NEXT_TELEMETRY_DISABLED: '1',
      CHECKPOINT_DISABLE: '1',
    };
    say('Applying database migrations…');
    await run('prisma', ['migrate', 'deploy'], { env, quiet: true });
    const seed = run('tsx', ['--conditions=react-server', 'scripts/seed.ts'], { env });

    if (mode === 'start') {
      const distDir = process.env.BENCHLINE_DIST_DIR || '.next';
      const stamp = path.join(root, distDir, 'benchline-build-hash');
      const wanted = sourceHash();
      const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
      let build = Promise.resolve();
      if (have !== wanted || !existsSync(path.join(root, distDir, 'BUILD_ID'))) {
        say(
          have
            ? 'Sources changed since the last build: rebuilding…'
            : 'Building the production app (first start takes a minute)…',
        );
        build = run('next', ['build'], { env: { ...env, NODE_ENV: 'production' } }).then(() =>
          writeFileSync(stamp, wanted + '\n'),
        );
      }
      // Both must finish; the first failure is reported once the other has stopped.
      const failed = (await Promise.allSettled([seed, build])).find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      say(
        `Ready in ${((performance.now() - started) / 1000).toFixed(1)} s (database, migrations, seed, build).`,
      );
      say(`Benchline is starting on http://localhost:${port}`);
      // A larger young generation: server rendering allocates many short-lived objects, and the
      // default 16 MiB semi-space made the scavenger a tenth of the CPU under load (bench:load).
      const nodeOptions = /--max-semi-space-size/.test(env.NODE_OPTIONS ?? '')
        ? env.NODE_OPTIONS
        : `${env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim();
      // scripts/server.mjs: next's request handler, recording the socket address (client-ip.ts).
      return await supervise('node', ['scripts/server.mjs'], {
        env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: nodeOptions },
      });
    }
    await seed;
    say(`Benchline (development) on http://localhost:${port}`);
    return await supervise('next', ['dev', '-p', port], { env });
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[benchline] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
