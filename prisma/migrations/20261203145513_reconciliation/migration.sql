-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "ReconcileMapping" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "headerKey" TEXT NOT NULL,
    "headers" TEXT[],
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReconcileMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reconciliation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "provider" TEXT,
    "windowDays" INTEGER NOT NULL DEFAULT 3,
    "lineCount" INTEGER NOT NULL,
    "summary" JSONB NOT NULL,
    "ranAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reconciliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReconcileLine" (
    "reconciliationId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "dateOfService" DATE,
    "postDate" DATE,
    "code" TEXT NOT NULL,
    "modifiers" TEXT[],
    "units" INTEGER NOT NULL,
    "workRvu" DECIMAL(10,2),
    "totalRvu" DECIMAL(10,2),
    "location" TEXT,

    CONSTRAINT "ReconcileLine_pkey" PRIMARY KEY ("reconciliationId","row")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReconcileMapping_userId_headerKey_key" ON "ReconcileMapping"("userId", "headerKey");

-- CreateIndex
CREATE INDEX "Reconciliation_userId_createdAt_idx" ON "Reconciliation"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "ReconcileMapping" ADD CONSTRAINT "ReconcileMapping_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reconciliation" ADD CONSTRAINT "Reconciliation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReconcileLine" ADD CONSTRAINT "ReconcileLine_reconciliationId_fkey" FOREIGN KEY ("reconciliationId") REFERENCES "Reconciliation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
