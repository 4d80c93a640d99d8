import { PublicFooter } from '@/components/catalog/public-footer';
import { PublicHeader } from '@/components/catalog/public-header';
import { getLatestRelease } from '@/lib/catalog/code-page';
import { getCurrentUser } from '@/lib/session';

// Public pages (no sign-in): the code catalog. Reads the session only to offer the way back into
// the app, and the latest release for the footer's source line.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [user, release] = await Promise.all([getCurrentUser(), getLatestRelease()]);
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50">
      <PublicHeader signedIn={user !== null} />
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6 sm:py-10">{children}</main>
      <PublicFooter releaseId={release?.id ?? null} />
    </div>
  );
}
