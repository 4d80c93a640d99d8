// Site admins from the shell (there is no web UI for it, and no account is an admin by default):
//   npm run admin -- grant <email>    make an existing account a site admin
//   npm run admin -- revoke <email>   make it an ordinary user again
//   npm run admin -- list             print the site admins
import { Command } from 'commander';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { listSiteAdmins, setSiteAdmin } from '@/lib/users/site-admins';

const program = new Command('admin').description(
  'Grant or revoke site admin (catalog imports, built-in benchmarks)',
);
const change = (admin: boolean) => async (email: string) => {
  const r = await setSiteAdmin({ email, admin });
  console.log(
    r.changed
      ? `${r.email} is ${admin ? 'now a site admin' : 'no longer a site admin'}.`
      : `${r.email} already was ${admin ? 'a site admin' : 'an ordinary user'}.`,
  );
};
program.command('grant <email>').description('make an account a site admin').action(change(true));
program.command('revoke <email>').description('make a site admin an ordinary user').action(change(false));
program
  .command('list')
  .description('print the site admins')
  .action(async () => {
    const admins = await listSiteAdmins();
    console.log(admins.length ? admins.join('\n') : 'No site admins.');
  });

program
  .parseAsync()
  .catch((err) => {
    console.error(err instanceof AppError ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => getDb().$disconnect());
