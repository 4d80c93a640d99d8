// The download route's contract: statuses, headers, and that the session (never the query) names
// the actor. The session is stubbed; everything below it is real (PostgreSQL, the data layer).
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import { createTestUser } from '@/lib/testing/factories';

let current: Actor | null = null;
vi.mock('@/lib/session', () => ({
  requireActor: async () => {
    if (!current) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return current;
  },
}));

const { GET } = await import('@/app/api/reports/[format]/route');
const get = (format: string, qs = '') =>
  GET(new Request(`http://test.local/api/reports/${format}?${qs}`), { params: Promise.resolve({ format }) });

beforeEach(() => {
  current = null;
});

describe('GET /api/reports/[format]', () => {
  it('answers 401 when signed out', async () => {
    const res = await get('csv', 'contents=entries');
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 400 with field errors for bad input', async () => {
    current = await createTestUser();
    for (const [format, qs] of [
      ['docx', ''],
      ['csv', 'from=2025-02-30&to=2025-03-01'],
      ['csv', 'from=2025-03-01&to=2025-01-01'],
      ['csv', 'contents=patients'],
      ['csv', 'scope=user:abc'],
      ['pdf', 'layout=fancy'],
    ]) {
      const res = await get(format, qs);
      expect(res.status, `${format}?${qs}`).toBe(400);
      expect((await res.json()).code).toBe('VALIDATION');
    }
  });

  it('answers 404 for a group the actor does not administer', async () => {
    const admin = await createTestUser();
    current = await createTestUser();
    const org = await db.organization.create({
      data: {
        name: 'Not yours',
        slug: `org-${randomUUID()}`,
        memberships: {
          create: [
            { userId: admin.id, role: 'ADMIN' },
            { userId: current.id, role: 'MEMBER' },
          ],
        },
      },
    });
    expect((await get('csv', `scope=group:${org.id}`)).status).toBe(404);
    expect((await get('xlsx', 'scope=group:nope')).status).toBe(404);
  });

  it('streams a download with a file name and no-store', async () => {
    current = await createTestUser();
    const res = await get('csv', 'range=custom&from=2025-01-01&to=2025-06-30&contents=entries');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="benchline-2025-entries.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toBeInstanceOf(ReadableStream);
    expect(await res.text()).toMatch(/^Date of service,Code,/);
  });
});

describe('GET /api/reports/[format] from the Reports form', () => {
  it('sends a browser navigation with bad input back to the form with the message', async () => {
    current = await createTestUser();
    const { GET: get2 } = await import('@/app/api/reports/[format]/route');
    const res = await get2(
      new Request('http://test.local/api/reports/csv?range=custom&from=&to=&layout=standard', {
        headers: { 'sec-fetch-mode': 'navigate' },
      }),
      { params: Promise.resolve({ format: 'csv' }) },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/reports\?/);
    const location = new URL(res.headers.get('location')!, 'http://test.local');
    expect(location.pathname).toBe('/reports');
    expect(location.searchParams.get('range')).toBe('custom');
    expect(location.searchParams.get('error')).toMatch(/first day of the period/);
  });
});
