// E2E factories: each test makes its own user (unique email) straight in the test database and
// signs in through next-auth's credentials endpoint rather than the form (except the form's own test).
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'a long enough test password';
let pool: pg.Pool | undefined;
export function sql() {
  if (!process.env.DATABASE_URL)
    throw new Error('DATABASE_URL is not set: run e2e tests with `npm run test:e2e`.');
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  return pool;
}

let passwordHash: Promise<string> | undefined;
export type TestUser = { id: string; email: string; name: string; password: string };

export async function createUser(overrides: { name?: string } = {}): Promise<TestUser> {
  passwordHash ??= hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const id = `e2e_${randomUUID().replaceAll('-', '')}`;
  const email = `e2e-${randomUUID()}@test.benchline.local`;
  const name = overrides.name ?? `Dr. ${id.slice(4, 10)}`;
  await sql().query(
    `insert into "User" (id, email, name, "passwordHash", "updatedAt") values ($1, $2, $3, $4, now())`,
    [id, email, name, await passwordHash],
  );
  return { id, email, name, password: PASSWORD };
}

/** Signs in through the API; the session cookie lands in the page's browser context. */
export async function signInViaApi(page: Page, user: Pick<TestUser, 'email' | 'password'>) {
  const request: APIRequestContext = page.request;
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  const res = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, json: 'true' },
  });
  expect(res.ok()).toBeTruthy();
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes('next-auth.session-token'))).toBeTruthy();
}
