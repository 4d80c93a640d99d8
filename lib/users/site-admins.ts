// Site admins (operators of an installation: catalog imports, built-in benchmark tables) are
// granted and revoked from the shell only (`npm run admin -- grant <email>`), never through the web
// app, and nobody is one by default: not even the demo account.
import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export async function setSiteAdmin({ email, admin }: { email: string; admin: boolean }) {
  const key = email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: key }, select: { id: true, role: true } });
    if (!user) throw new AppError('NOT_FOUND', `No account with the email ${key}.`);
    const role = admin ? 'ADMIN' : 'USER';
    if (user.role === role) return { email: key, role, changed: false };
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await tx.auditEvent.create({
      data: {
        actorId: null,
        entityType: 'User',
        entityId: user.id,
        action: admin ? 'admin.grant' : 'admin.revoke',
        after: { role },
      },
    });
    return { email: key, role, changed: true };
  });
}

export async function listSiteAdmins(): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { role: 'ADMIN' },
    select: { email: true },
    orderBy: { email: 'asc' },
  });
  return rows.map((r) => r.email);
}
