// "Delete my account": DELETE with the current password as JSON. Same-origin JSON only (CSRF), the
// actor from the session only; a wrong password counts as a failed sign-in (throttled).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { clientIp } from '@/lib/auth/client-ip';
import { assertSameOriginJson, errorResponse, readJson } from '@/lib/http/route';
import { deleteAccount } from '@/lib/users/account';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';

const deleteSchema = z.object({ password: z.string().min(1, 'Enter your current password.').max(256) });

export async function DELETE(request: Request) {
  try {
    const actor = await requireActor();
    assertSameOriginJson(request);
    const { password } = deleteSchema.parse(await readJson(request));
    return NextResponse.json(await deleteAccount({ actor, password, ip: clientIp(request.headers) }), {
      headers: { 'cache-control': 'no-store' },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
