#!/usr/bin/env node
// The production HTTP server (`npm start` runs it through scripts/run.mjs): Next.js's own request
// handler behind a plain node:http server, for one reason: route handlers never see the socket,
// and Next.js only fills X-Forwarded-For with the peer address when the client did not send one.
// This server records the TCP peer address in `x-benchline-peer` on every request (replacing any
// value a client sent), which lib/auth/client-ip.ts uses when TRUST_PROXY is unset.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const app = next({ dev: false, port, hostname: hostname ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers['x-benchline-peer'] = req.socket.remoteAddress ?? '';
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// The same keep-alive behaviour as `next start` (longer than typical proxy idle timeouts).
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`[benchline] listening on port ${port}`));

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
