-- CreateEnum
CREATE TYPE "ReleaseFit" AS ENUM ('current', 'older', 'newer');

-- AlterTable
ALTER TABLE "LogEntry" ADD COLUMN     "releaseFit" "ReleaseFit";

-- CreateIndex
CREATE INDEX "LogEntry_userId_releaseFit_idx" ON "LogEntry"("userId", "releaseFit");

-- Backfill: the fit of every priced entry by the rule of lib/catalog/release.ts releaseFit (entries
-- priced before this column existed). Unpriced entries (dated before the first release) are priced
-- with the earliest release by the next start-up (lib/catalog/bootstrap.ts).
UPDATE "LogEntry" e
SET "releaseFit" = (CASE
    WHEN r."effectiveFrom" > e."dateOfService" THEN 'newer'
    WHEN extract(year FROM r."effectiveFrom") < extract(year FROM e."dateOfService") THEN 'older'
    ELSE 'current' END)::"ReleaseFit"
FROM "RvuRelease" r
WHERE r.id = e."releaseId";

-- AlterTable: the demo account and its seeded colleagues (lib/seed) are the only users the synthetic
-- benchmark set is used for.
ALTER TABLE "User" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;
UPDATE "User" SET demo = true WHERE email = 'demo@benchline.local' OR email LIKE '%@demo-ortho.benchline.local';

-- AlterTable: a related specialty's benchmark, chosen explicitly in the profile.
ALTER TABLE "User" ADD COLUMN     "benchmarkSpecialty" TEXT;
