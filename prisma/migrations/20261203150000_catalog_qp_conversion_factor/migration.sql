-- CY2026: each PFS release has a second conversion factor, for qualifying APM participants (QP).
ALTER TABLE "RvuRelease" ADD COLUMN "conversionFactorQp" DECIMAL(8,4);

-- Whether the user is a qualifying APM participant: picks the conversion factor for dollar estimates.
ALTER TABLE "User" ADD COLUMN "qualifyingApm" BOOLEAN NOT NULL DEFAULT false;
