// Signs a user in through next-auth's credentials endpoint (CSRF token first) and returns the
// session cookie, for scripts that drive the running app over HTTP (bench:log, the fault test).
export async function signInCookie(base, { email, password }) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await csrfRes.json();
  const signin = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = signin.headers.getSetCookie().find((c) => c.includes('session-token'));
  if (!session) throw new Error(`sign-in failed for ${email} (HTTP ${signin.status})`);
  return session.split(';')[0];
}
