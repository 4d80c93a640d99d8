-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- CreateEnum
CREATE TYPE "CareerStage" AS ENUM ('STUDENT', 'RESIDENT', 'FELLOW', 'ATTENDING', 'APP');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('MEMBER', 'ADMIN');

-- CreateEnum
CREATE TYPE "CodeKind" AS ENUM ('CPT', 'HCPCS');

-- CreateEnum
CREATE TYPE "CatalogImportKind" AS ENUM ('PPRRVU', 'HCPCS', 'ASP');

-- CreateEnum
CREATE TYPE "Setting" AS ENUM ('FACILITY', 'NON_FACILITY');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "specialty" TEXT,
    "careerStage" "CareerStage",
    "pgyYear" INTEGER,
    "clinicalFte" DECIMAL(3,2) NOT NULL DEFAULT 1.00,
    "fiscalYearStartMonth" INTEGER NOT NULL DEFAULT 1,
    "targetPercentile" INTEGER NOT NULL DEFAULT 50,
    "ratePerWrvu" DECIMAL(10,2),
    "rateTiers" JSONB,
    "benchmarkSourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RvuRelease" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "releasedOn" DATE,
    "conversionFactor" DECIMAL(8,4),
    "title" TEXT,
    "sourceFile" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rowCount" INTEGER NOT NULL,

    CONSTRAINT "RvuRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RvuRow" (
    "releaseId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "modifier" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "notUsedForMedicare" BOOLEAN NOT NULL DEFAULT false,
    "workRvu" DECIMAL(8,2),
    "nonFacPeRvu" DECIMAL(8,2),
    "nonFacNaIndicator" TEXT,
    "facPeRvu" DECIMAL(8,2),
    "facNaIndicator" TEXT,
    "mpRvu" DECIMAL(8,2),
    "nonFacTotal" DECIMAL(8,2),
    "facTotal" DECIMAL(8,2),
    "pctcIndicator" TEXT,
    "globalDays" TEXT,
    "preOp" DECIMAL(6,4),
    "intraOp" DECIMAL(6,4),
    "postOp" DECIMAL(6,4),
    "multProc" TEXT,
    "bilatSurg" TEXT,
    "asstSurg" TEXT,
    "coSurg" TEXT,
    "teamSurg" TEXT,
    "endoBase" TEXT,
    "conversionFactor" DECIMAL(8,4),
    "physicianSupervision" TEXT,
    "calculationFlag" TEXT,
    "diagnosticImagingFamily" TEXT,

    CONSTRAINT "RvuRow_pkey" PRIMARY KEY ("releaseId","code","modifier")
);

-- CreateTable
CREATE TABLE "Code" (
    "code" TEXT NOT NULL,
    "kind" "CodeKind" NOT NULL,
    "shortDescription" TEXT NOT NULL,
    "longDescription" TEXT,
    "category" TEXT NOT NULL,
    "synonyms" TEXT[],
    "plainLanguage" TEXT,
    "clinicalContext" TEXT,
    "billingNotes" TEXT,
    "specialties" TEXT[],
    "curated" BOOLEAN NOT NULL DEFAULT false,
    "popularity" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Code_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "DrugPrice" (
    "quarter" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "shortDescription" TEXT,
    "dosage" TEXT,
    "paymentLimit" DECIMAL(14,3),
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE NOT NULL,

    CONSTRAINT "DrugPrice_pkey" PRIMARY KEY ("quarter","code")
);

-- CreateTable
CREATE TABLE "CatalogImport" (
    "id" TEXT NOT NULL,
    "kind" "CatalogImportKind" NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "releaseId" TEXT,
    "summary" JSONB NOT NULL,
    "importedBy" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Favorite" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "modifiers" TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Favorite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditPolicy" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "userId" TEXT,
    "multipleProcedureReduction" BOOLEAN NOT NULL DEFAULT true,
    "modifier22Factor" DECIMAL(5,3) NOT NULL DEFAULT 1.0,
    "modifier52Factor" DECIMAL(5,3) NOT NULL DEFAULT 0.5,
    "creditNotPaidByMedicare" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CreditPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LogEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dateOfService" DATE NOT NULL,
    "code" TEXT NOT NULL,
    "modifiers" TEXT[],
    "units" INTEGER NOT NULL DEFAULT 1,
    "encounterKey" TEXT NOT NULL,
    "siteId" TEXT,
    "setting" "Setting" NOT NULL DEFAULT 'FACILITY',
    "role" TEXT,
    "note" TEXT,
    "releaseId" TEXT,
    "status" TEXT,
    "baseWorkRvu" DECIMAL(8,2) NOT NULL DEFAULT 0,
    "creditedWrvu" DECIMAL(8,2) NOT NULL DEFAULT 0,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "explanation" JSONB,
    "policy" JSONB,
    "importId" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryImport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntryImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeOff" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "TimeOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenchmarkSource" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "survey" TEXT NOT NULL,
    "dataYear" INTEGER NOT NULL,
    "rvuBasisYear" INTEGER,
    "population" TEXT,
    "licenceNote" TEXT,
    "url" TEXT,
    "citation" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "organizationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenchmarkSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenchmarkRow" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "segment" TEXT NOT NULL DEFAULT 'all',
    "metric" TEXT NOT NULL DEFAULT 'wrvu_per_fte',
    "p10" DECIMAL(10,2),
    "p25" DECIMAL(10,2),
    "p50" DECIMAL(10,2),
    "p75" DECIMAL(10,2),
    "p90" DECIMAL(10,2),
    "mean" DECIMAL(10,2),
    "respondents" INTEGER,
    "note" TEXT,

    CONSTRAINT "BenchmarkRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "AuthThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE INDEX "RvuRelease_effectiveFrom_idx" ON "RvuRelease"("effectiveFrom");

-- CreateIndex
CREATE INDEX "RvuRow_code_releaseId_idx" ON "RvuRow"("code", "releaseId");

-- CreateIndex
CREATE INDEX "Code_category_code_idx" ON "Code"("category", "code");

-- CreateIndex
CREATE INDEX "Code_searchText_idx" ON "Code" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DrugPrice_code_effectiveFrom_idx" ON "DrugPrice"("code", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogImport_kind_sha256_key" ON "CatalogImport"("kind", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Site_userId_name_key" ON "Site"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Favorite_userId_code_modifiers_key" ON "Favorite"("userId", "code", "modifiers");

-- CreateIndex
CREATE UNIQUE INDEX "CreditPolicy_organizationId_key" ON "CreditPolicy"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CreditPolicy_userId_key" ON "CreditPolicy"("userId");

-- CreateIndex
CREATE INDEX "LogEntry_userId_dateOfService_idx" ON "LogEntry"("userId", "dateOfService");

-- CreateIndex
CREATE INDEX "LogEntry_userId_encounterKey_idx" ON "LogEntry"("userId", "encounterKey");

-- CreateIndex
CREATE INDEX "LogEntry_releaseId_idx" ON "LogEntry"("releaseId");

-- CreateIndex
CREATE UNIQUE INDEX "EntryImport_userId_sha256_key" ON "EntryImport"("userId", "sha256");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "TimeOff_userId_startDate_idx" ON "TimeOff"("userId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "BenchmarkSource_key_key" ON "BenchmarkSource"("key");

-- CreateIndex
CREATE INDEX "BenchmarkSource_organizationId_idx" ON "BenchmarkSource"("organizationId");

-- CreateIndex
CREATE INDEX "BenchmarkRow_specialty_idx" ON "BenchmarkRow"("specialty");

-- CreateIndex
CREATE UNIQUE INDEX "BenchmarkRow_sourceId_specialty_segment_metric_key" ON "BenchmarkRow"("sourceId", "specialty", "segment", "metric");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RvuRow" ADD CONSTRAINT "RvuRow_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "RvuRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favorite" ADD CONSTRAINT "Favorite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditPolicy" ADD CONSTRAINT "CreditPolicy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditPolicy" ADD CONSTRAINT "CreditPolicy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LogEntry" ADD CONSTRAINT "LogEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LogEntry" ADD CONSTRAINT "LogEntry_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LogEntry" ADD CONSTRAINT "LogEntry_importId_fkey" FOREIGN KEY ("importId") REFERENCES "EntryImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryImport" ADD CONSTRAINT "EntryImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkSource" ADD CONSTRAINT "BenchmarkSource_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkRow" ADD CONSTRAINT "BenchmarkRow_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "BenchmarkSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
