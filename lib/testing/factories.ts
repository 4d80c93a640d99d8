// Test factories: every test makes its own users with unique emails, so tests never share state.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/session';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

export async function createTestUser(overrides: { name?: string; email?: string } = {}): Promise<Actor> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `user-${randomUUID()}@test.benchline.local`;
  return db.user.create({
    data: { email, name: overrides.name ?? 'Test Physician', passwordHash: await cachedHash },
    select: { id: true, email: true, name: true, role: true },
  });
}
