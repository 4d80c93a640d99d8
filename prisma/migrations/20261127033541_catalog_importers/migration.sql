-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "Code" ADD COLUMN     "addedOn" DATE,
ADD COLUMN     "effectiveOn" DATE,
ADD COLUMN     "terminatedOn" DATE;

-- AlterTable
ALTER TABLE "RvuRelease" ADD COLUMN     "starter" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "RvuRow" ADD COLUMN     "oppsFacPeRvu" DECIMAL(8,2),
ADD COLUMN     "oppsMpRvu" DECIMAL(8,2),
ADD COLUMN     "oppsNonFacPeRvu" DECIMAL(8,2);
