// Seeds an empty database so a newcomer has something to look at; safe to run on every start.
// Steps are idempotent: each checks what is already there.
import { ensureDemoAccount, DEMO_EMAIL } from '@/lib/seed/demo-account';
import { getDb } from '@/lib/db';

async function main() {
  const resetPassword = process.argv.includes('--reset-demo-password');
  const demo = await ensureDemoAccount({ resetPassword });
  if (demo.password) {
    const line = '─'.repeat(64);
    console.log(`\n${line}\n  Demo account ${demo.created ? 'created' : 'password reset'}\n  email:    ${DEMO_EMAIL}\n  password: ${demo.password}\n  (shown once; reset with: npm run db:seed -- --reset-demo-password)\n${line}\n`);
  }
  await getDb().$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
