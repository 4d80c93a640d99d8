// CLI-only driver adapter for the Prisma 6.19 WASM schema engine (migrate deploy/dev/reset/status).
// Imported solely by prisma.config.ts, never by the app. It works around @prisma/adapter-pg 6.19.3
// bugs that only the schema engine hits (see ../shared/PLATFORM.md, "Prisma: use 6.19, not 7"):
// internal pg_catalog column types, "char" columns, `$$` bodies split on `;`, the shadow database
// pool built from a connection string, the shadow database dropped while in use, idle sockets.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { parse } from 'pg-connection-string';

const TEXT = 25;
const CHAR = 18;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character
const INTERNAL_OIDS = new Set([
  19, 22, 24, 28, 29, 30, 194, 1033, 2202, 2203, 2204, 2205, 2206, 3220, 4089, 4096, 5069,
]);
const charColumns = new WeakMap();

function patchPrototypes(adapter) {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  if (queryable.__benchlinePatched) return;
  queryable.__benchlinePatched = true;

  const performIO = queryable.performIO;
  queryable.performIO = async function (query) {
    const result = await performIO.call(this, query);
    const chars = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID === CHAR) chars.push(i);
      if (field.dataTypeID === CHAR || INTERNAL_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT;
    });
    if (chars.length && result.rows) charColumns.set(result.rows, chars);
    return result;
  };

  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };

  const adapterProto = Object.getPrototypeOf(adapter);
  adapterProto.executeScript = async function (script) {
    const sql = script.replace(
      /DROP DATABASE "(prisma_migrate_shadow_db_[^"]+)"/g,
      'DROP DATABASE "$1" WITH (FORCE)',
    );
    try {
      await this.client.query(sql); // simple protocol: multi-statement scripts, $$ bodies intact
    } catch (error) {
      this.onError(error);
    }
  };
}

function poolConfig(url) {
  const c = parse(url);
  return {
    host: c.host ?? undefined,
    port: c.port ? Number(c.port) : undefined,
    user: c.user ?? undefined,
    password: c.password ?? undefined,
    database: c.database ?? undefined,
    ssl: c.ssl ? { rejectUnauthorized: false } : undefined,
    allowExitOnIdle: true,
    idleTimeoutMillis: 1000,
  };
}

class CliPrismaPg extends PrismaPg {
  constructor(url) {
    super(url ? poolConfig(url) : {});
    this.url = url;
  }
  async connect() {
    if (!this.url)
      throw new Error(
        'DATABASE_URL is not set. Run Prisma through `npm run db:migrate`, which selects the database.',
      );
    const pool = new pg.Pool(this.config);
    pool.on('error', () => {});
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    patchPrototypes(adapter);
    return adapter;
  }
  async connectToShadowDb() {
    const conn = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await conn.executeScript(`CREATE DATABASE "${database}"`);
    const pool = new pg.Pool({ ...this.config, database });
    pool.on('error', () => {});
    const shadow = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await conn.executeScript(`DROP DATABASE "${database}"`);
      await conn.dispose();
    };
    return shadow;
  }
}

export function cliAdapter(url) {
  return new CliPrismaPg(url);
}
