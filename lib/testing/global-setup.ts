// Integration tests (data layer against PostgreSQL) need the database that scripts/with-db.mjs
// provides: `npm run test:unit` starts a fresh one. Pure unit tests run without it.
export default function setup() {
  if (!process.env.DATABASE_URL) {
    console.warn('DATABASE_URL is not set: integration tests will fail. Use `npm run test:unit`.');
  }
}
