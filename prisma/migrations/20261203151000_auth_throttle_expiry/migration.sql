-- Progressive delays and expiring rows for the auth throttle (lib/auth/throttle.ts).
ALTER TABLE "AuthThrottle" ADD COLUMN "lastFailureAt" TIMESTAMP(3);
ALTER TABLE "AuthThrottle" ADD COLUMN "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "AuthThrottle" SET "expiresAt" = greatest("windowStart" + interval '15 minutes', coalesce("lockedUntil", "windowStart"));
CREATE INDEX "AuthThrottle_expiresAt_idx" ON "AuthThrottle"("expiresAt");
