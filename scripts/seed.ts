// Seeds the database so a newcomer has something to look at; safe to run on every start.
// Each step is idempotent: the catalog importer skips files it already has, the built-in benchmarks
// are upserted by key, and the demo account and its entries are only created once.
import { ensureCatalog } from '@/lib/catalog/bootstrap';
import { seedBuiltinBenchmarks } from '@/lib/benchmarks/seed';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { DEMO_EMAIL, ensureDemoAccount } from '@/lib/seed/demo-account';
import { seedDemoEntries } from '@/lib/seed/demo-entries';
import { listSiteAdmins } from '@/lib/users/site-admins';

const say = (m: string) => console.log(`[benchline] ${m}`);

async function main() {
  const resetPassword = process.argv.includes('--reset-demo-password');
  await ensureCatalog({ urls: env.CMS_IMPORT_URLS?.split(/\s+/).filter(Boolean), log: say });
  await seedBuiltinBenchmarks();
  const demo = await ensureDemoAccount({ resetPassword });
  // A year of realistic entries (and a demo group) so the dashboard is alive on the first start.
  const seeded = await seedDemoEntries({ userId: demo.id });
  // Planner statistics right after the bulk load (autovacuum would take a minute or two), so the
  // first dashboards of a fresh install are planned from real row counts.
  if (seeded.demoEntries + seeded.colleagueEntries > 0) await getDb().$executeRawUnsafe('ANALYZE');
  if (demo.password) {
    const line = '─'.repeat(64);
    console.log(
      `\n${line}\n  Demo account ${demo.created ? 'created' : 'password reset'}\n  email:    ${DEMO_EMAIL}\n  password: ${demo.password}\n  (shown once; reset with: npm run db:seed -- --reset-demo-password)\n${line}\n`,
    );
  }
  if (!(await listSiteAdmins()).length)
    say('No site admin yet. To import CMS files in the app, grant one: npm run admin -- grant <email>');
  await getDb().$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
