// The demo account a newcomer signs in with: an ordinary user (site admins are granted with
// `npm run admin -- grant <email>`). Its password is random and printed once, when the account is
// created; `npm run db:seed -- --reset-demo-password` prints a new one. Installs seeded before the
// demo account stopped being an admin get it demoted on the next start.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';

export const DEMO_EMAIL = 'demo@benchline.local';

function newPassword(): string {
  // 4 groups of 5 characters from an unambiguous alphabet: easy to type, ~100 bits.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

export async function ensureDemoAccount({ resetPassword = false } = {}): Promise<{
  id: string;
  created: boolean;
  password?: string;
}> {
  const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
  if (existing)
    await db.user.updateMany({ where: { id: existing.id, role: 'ADMIN' }, data: { role: 'USER' } });
  if (existing && !resetPassword) return { id: existing.id, created: false };
  const password = newPassword();
  const passwordHash = await hashPassword(password);
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { passwordHash } });
    return { id: existing.id, created: false, password };
  }
  const user = await db.user.create({
    data: {
      email: DEMO_EMAIL,
      name: 'Dr. Demo Hartley',
      passwordHash,
      demo: true, // the only account (with its seeded colleagues) compared with the synthetic set
      specialty: 'Orthopedic Surgery',
      careerStage: 'ATTENDING',
      clinicalFte: 1,
      fiscalYearStartMonth: 1,
      targetPercentile: 50,
    },
    select: { id: true },
  });
  return { id: user.id, created: true, password };
}
