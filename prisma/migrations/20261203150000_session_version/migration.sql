-- Revocable sessions: a per-user session version that session tokens carry (lib/auth/sessions.ts).
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
