// Child-process helpers for the launchers: run a command to completion, or run one long-lived
// child and forward SIGINT/SIGTERM to it so `next-server` never outlives `npm start`.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

export function resolveCommand(cmd) {
  return /^[\w@.-]+$/.test(cmd) && !['node', 'npm', 'npx', 'bash', 'sh'].includes(cmd) ? bin(cmd) : cmd;
}

/** Runs to completion; rejects with a clear message on a non-zero exit. */
export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(resolveCommand(cmd), args, {
      cwd: root,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})${quiet ? `:\n${output}` : ''}`,
          ),
        );
    });
  });
}

/** Runs a long-lived child with signals forwarded; resolves with its exit code. */
export function supervise(cmd, args, { env = process.env } = {}) {
  const child = spawn(resolveCommand(cmd), args, { cwd: root, env, stdio: 'inherit' });
  const forward = (signal) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  process.on('SIGHUP', onTerm);
  return new Promise((resolve) => {
    child.on('error', (err) => {
      console.error(err.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      process.off('SIGHUP', onTerm);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}
