// The health check against a real PostgreSQL (up) and an unreachable one (down -> 503).
import { afterEach, describe, expect, it } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { checkHealth } from './health';
import { GET } from '@/app/api/health/route';

const slot = globalThis as unknown as { benchlinePrisma?: PrismaClient };

describe('health', () => {
  const original = slot.benchlinePrisma;
  afterEach(() => {
    slot.benchlinePrisma = original;
  });

  it('is healthy with the test database', async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ ok: true, database: 'up' });
    const res = await GET();
    expect(res.status).toBe(200);
  });

  it('answers 503 quickly when the database is unreachable', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    slot.benchlinePrisma = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: 'postgresql://nobody@127.0.0.1:9/none',
        connectionTimeoutMillis: 1000,
      }),
    });
    const started = Date.now();
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', database: 'down' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
