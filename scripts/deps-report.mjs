#!/usr/bin/env node
// Offline dependency review: `npm audit` needs the registry's advisory endpoint, which answers
// 405 from this network, so this lists what an audit would look at, from package-lock.json alone:
// every production package (the tree `npm ci --omit=dev` installs) with its version, licence and
// whether it runs an install script, the direct dependencies first. It makes no claim about
// vulnerabilities: paste the list into an advisory database, or run `npm audit --omit=dev` where
// the registry's audit endpoint is reachable.
//   node scripts/deps-report.mjs [--json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './proc.mjs';

const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const packages = lock.packages ?? {};
const direct = new Set(Object.keys(manifest.dependencies ?? {}));

const production = Object.entries(packages)
  .filter(([key, p]) => key.startsWith('node_modules/') && !p.dev && !p.devOptional)
  .map(([key, p]) => ({
    name: p.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length),
    version: p.version,
    license: p.license ?? 'UNKNOWN',
    installScript: Boolean(p.hasInstallScript),
    optional: Boolean(p.optional),
    direct: direct.has(key.slice('node_modules/'.length)),
    path: key,
  }))
  .sort((a, b) => Number(b.direct) - Number(a.direct) || a.name.localeCompare(b.name));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(production, null, 2));
} else {
  const scripts = production.filter((p) => p.installScript);
  const unknown = production.filter((p) => p.license === 'UNKNOWN');
  console.log(
    `Production dependencies from package-lock.json (lockfileVersion ${lock.lockfileVersion}): ${production.length} packages, ${production.filter((p) => p.direct).length} direct.`,
  );
  console.log(
    'No vulnerability data: `npm audit --omit=dev` needs the registry audit endpoint (unreachable here).\n',
  );
  for (const p of production)
    console.log(
      `${p.direct ? '*' : ' '} ${p.name}@${p.version}  ${p.license}${p.installScript ? '  [install script]' : ''}${p.optional ? '  [optional]' : ''}`,
    );
  console.log(
    `\n* = direct dependency. Install scripts: ${scripts.map((p) => p.name).join(', ') || 'none'} (see allowScripts in package.json).`,
  );
  if (unknown.length) console.log(`No licence field: ${unknown.map((p) => p.name).join(', ')}`);
}
