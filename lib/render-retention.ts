// Works around a React Flight retention bug (react/react#37288, fix proposed in react/react#37289)
// that makes the server's heap grow without bound under concurrent page traffic.
//
// When a server render completes, React aborts its cacheSignal with
// `new Error('This render completed successfully…')`. V8 keeps an Error's stack as structured frames
// (CallSiteInfo, which hold each frame's receiver) until `.stack` is first read, and nobody reads it.
// The render is flushed from a setImmediate callback, so a frame's receiver is the `Immediate`; Node
// links Immediates of one batch together (_idlePrev/_idleNext) and stamps each with the
// AsyncLocalStorage store it was created in, i.e. another render's Flight request. Under concurrent
// load every finished render is chained to others (request -> abort reason -> Immediate -> request
// -> ...), rooted by long-lived sockets (pooled PostgreSQL connections, keep-alive HTTP sockets):
// measured at ~100 KiB of heap per dashboard render, kept for as long as those sockets stay busy.
//
// Reading `.stack` once formats the frames into a string and drops them, which breaks the chain.
// Called once per render from the root layout (app/layout.tsx), so every page is covered; remove it
// once the Next.js release in use ships the upstream fix.
import 'server-only';
import { cacheSignal } from 'react';

export function releaseRenderOnCompletion(): void {
  const signal = cacheSignal();
  if (!signal || signal.aborted) return;
  signal.addEventListener(
    'abort',
    () => {
      const reason: unknown = signal.reason;
      if (reason instanceof Error) void reason.stack;
    },
    { once: true },
  );
}
