// Database-outage recognition, on the error shapes measured by stopping PostgreSQL under a running
// Prisma client (pg driver adapter), plus one real unreachable server.
import { describe, expect, it } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { freePort } from '../scripts/db.mjs';
import { AppError, isDatabaseUnavailable } from './errors';

const adapterError = (cause: object, code = 'P2010') =>
  Object.assign(new Error('Raw query failed.'), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
  });

describe('isDatabaseUnavailable', () => {
  it('recognises what the driver adapter reports for a stopped or restarting server', () => {
    expect(
      isDatabaseUnavailable(adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5 })),
    ).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: 'DatabaseNotReachable' }, 'P1001'))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: 'ConnectionClosed' }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        adapterError({
          kind: 'postgres',
          code: '57P01',
          message: 'terminating connection due to administrator command',
        }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        adapterError({ kind: 'postgres', code: '57P03', message: 'the database system is starting up' }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable')),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new AppError('UNAVAILABLE', 'down'))).toBe(true);
  });

  it('does not mistake ordinary failures for an outage', () => {
    expect(isDatabaseUnavailable(adapterError({ kind: 'UniqueConstraintViolation' }, 'P2002'))).toBe(false);
    expect(
      isDatabaseUnavailable(
        adapterError({ kind: 'postgres', code: '22P02', message: 'invalid input syntax' }),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable(new AppError('NOT_FOUND', 'x'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });

  it('recognises a real unreachable server quickly', async () => {
    const port = await freePort();
    const client = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: `postgresql://x:y@127.0.0.1:${port}/none`,
        connectionTimeoutMillis: 2000,
      }),
    });
    const started = Date.now();
    const err = await client.user.findFirst().catch((e: unknown) => e);
    const raw = await client.$queryRaw`select 1`.catch((e: unknown) => e);
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(isDatabaseUnavailable(raw)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    await client.$disconnect();
  });
});

describe('isInvalidInputForDatabase', () => {
  it('recognises text PostgreSQL refuses to store (a NUL character), from a real insert', async () => {
    const { db } = await import('@/lib/db');
    const { createTestUser } = await import('@/lib/testing/factories');
    const { isInvalidInputForDatabase } = await import('./errors');
    const user = await createTestUser();
    const err = await db.site
      .create({ data: { userId: user.id, name: 'a\u0000b' } })
      .catch((e: unknown) => e);
    expect(isInvalidInputForDatabase(err)).toBe(true);
    expect(isDatabaseUnavailable(err)).toBe(false);
    expect(isInvalidInputForDatabase(adapterError({ kind: 'postgres', code: '22021' }))).toBe(true);
    expect(isInvalidInputForDatabase(adapterError({ kind: 'postgres', code: '23505' }))).toBe(false);
    expect(isInvalidInputForDatabase(new AppError('VALIDATION', 'x'))).toBe(false);
  });
});
