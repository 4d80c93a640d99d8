// The one rule for redirect targets that come from input (sign-in's callbackUrl, sign-out's
// callbackUrl, the reports form's back-redirect): resolve the target against the app's origin the
// way a browser would, and keep only path + search + hash of a same-origin result; anything else
// (another host, another scheme, "//host", "/\host", "/<TAB>/host", control characters) becomes the
// fallback. The result is always a path that starts with exactly one "/".
// Pure and isomorphic: the sign-in form (client) and next-auth's redirect callback (server) share it.
const PLACEHOLDER_ORIGIN = 'http://benchline.invalid';

export function safeRedirectPath(
  target: unknown,
  { origin, fallback = '/dashboard' }: { origin?: string; fallback?: string } = {},
): string {
  if (typeof target !== 'string' || target.length === 0 || target.length > 2_000) return fallback;
  let base: URL;
  try {
    base = new URL(origin ?? PLACEHOLDER_ORIGIN);
  } catch {
    base = new URL(PLACEHOLDER_ORIGIN);
  }
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//host" normalises to "//host": a path a browser would read as another host.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  return path;
}
