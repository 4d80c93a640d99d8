-- Recent codes rollup: per user and (code, modifiers), when a live (not soft-deleted) entry with it
-- was last created. /log reads its 8 newest rows instead of a DISTINCT ON over every entry of the
-- user, so the page does not slow down with years of history. Statement-level triggers keep it exact
-- inside the writing transaction, like "DailyWrvu": inserts move "lastUsedAt" forward; updates and
-- deletes recompute their keys from "LogEntry" (one backward index probe per distinct key).

-- CreateTable
CREATE TABLE "RecentCode" (
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "modifierKey" TEXT NOT NULL,
    "modifiers" TEXT[],
    "lastUsedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecentCode_pkey" PRIMARY KEY ("userId","code","modifierKey")
);

-- CreateIndex
CREATE INDEX "RecentCode_userId_lastUsedAt_idx" ON "RecentCode"("userId", "lastUsedAt" DESC);

-- CreateIndex
CREATE INDEX "LogEntry_userId_code_createdAt_idx" ON "LogEntry"("userId", "code", "createdAt");

-- AddForeignKey
ALTER TABLE "RecentCode" ADD CONSTRAINT "RecentCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION "recent_code_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "RecentCode" ("userId", "code", "modifierKey", "modifiers", "lastUsedAt")
    SELECT "userId", code, array_to_string(modifiers, ','), modifiers, max("createdAt")
    FROM new_rows WHERE "deletedAt" IS NULL
    GROUP BY 1, 2, 4 ORDER BY 1, 2, 3
    ON CONFLICT ("userId", "code", "modifierKey") DO UPDATE
      SET "lastUsedAt" = greatest("RecentCode"."lastUsedAt", EXCLUDED."lastUsedAt");
    RETURN NULL;
  END IF;

  -- UPDATE or DELETE: the keys the statement touched, recomputed from the live entries.
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "RecentCode" ("userId", "code", "modifierKey", "modifiers", "lastUsedAt")
    SELECT k."userId", k.code, array_to_string(k.modifiers, ','), k.modifiers, last."createdAt"
    FROM (SELECT "userId", code, modifiers FROM old_rows UNION SELECT "userId", code, modifiers FROM new_rows) k
    CROSS JOIN LATERAL (
      SELECT e."createdAt" FROM "LogEntry" e
      WHERE e."userId" = k."userId" AND e.code = k.code AND e.modifiers = k.modifiers AND e."deletedAt" IS NULL
      ORDER BY e."createdAt" DESC LIMIT 1
    ) last
    ORDER BY 1, 2, 3
    ON CONFLICT ("userId", "code", "modifierKey") DO UPDATE SET "lastUsedAt" = EXCLUDED."lastUsedAt";
  END IF;

  DELETE FROM "RecentCode" r
  USING (SELECT DISTINCT "userId", code, modifiers FROM old_rows) k
  WHERE r."userId" = k."userId" AND r.code = k.code AND r."modifierKey" = array_to_string(k.modifiers, ',')
    AND NOT EXISTS (
      SELECT 1 FROM "LogEntry" e
      WHERE e."userId" = k."userId" AND e.code = k.code AND e.modifiers = k.modifiers AND e."deletedAt" IS NULL
    );
  RETURN NULL;
END;
$$;

CREATE TRIGGER "LogEntry_recent_code_insert" AFTER INSERT ON "LogEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recent_code_apply"();
CREATE TRIGGER "LogEntry_recent_code_update" AFTER UPDATE ON "LogEntry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recent_code_apply"();
CREATE TRIGGER "LogEntry_recent_code_delete" AFTER DELETE ON "LogEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "recent_code_apply"();

-- Backfill from the entries already logged.
INSERT INTO "RecentCode" ("userId", "code", "modifierKey", "modifiers", "lastUsedAt")
SELECT "userId", code, array_to_string(modifiers, ','), modifiers, max("createdAt")
FROM "LogEntry" WHERE "deletedAt" IS NULL
GROUP BY 1, 2, 4;
