-- CY2026: each PFS release has a second conversion factor, for qualifying APM participants (QP).
ALTER TABLE "RvuRelease" ADD COLUMN "conversionFactorQp" DECIMAL(8,4);
