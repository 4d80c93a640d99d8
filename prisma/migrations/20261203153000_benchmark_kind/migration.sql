-- CreateEnum
CREATE TYPE "BenchmarkKind" AS ENUM ('SURVEY', 'MEDICARE_DERIVED');

-- AlterTable
ALTER TABLE "BenchmarkSource" ADD COLUMN     "kind" "BenchmarkKind" NOT NULL DEFAULT 'SURVEY';
