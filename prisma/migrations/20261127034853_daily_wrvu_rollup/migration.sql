-- Daily wRVU rollup: per user and day, the sum of creditedWrvu and the count of live entries (not
-- soft-deleted, not excluded). The dashboard and group view read it instead of scanning "LogEntry".
-- Statement-level triggers with transition tables keep it exact inside the writing transaction, so
-- bulk imports (createMany) cost one aggregate per statement, not one upsert per row.

-- CreateTable
CREATE TABLE "DailyWrvu" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "wrvu" DECIMAL(12,2) NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "DailyWrvu_pkey" PRIMARY KEY ("userId","day")
);

-- Applies the change of one statement: live old rows leave, live new rows arrive. Keys are locked
-- in (userId, day) order so concurrent writers cannot deadlock on each other's days. Days left
-- with no live entry are removed (this also cleans up after a user's entries are cascade-deleted).
CREATE FUNCTION "daily_wrvu_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DailyWrvu" ("userId", "day", "wrvu", "entries")
    SELECT "userId", "dateOfService", sum("creditedWrvu"), count(*)::int
    FROM new_rows WHERE "deletedAt" IS NULL AND NOT "excluded"
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("userId", "day") DO UPDATE
      SET "wrvu" = "DailyWrvu"."wrvu" + EXCLUDED."wrvu", "entries" = "DailyWrvu"."entries" + EXCLUDED."entries";
    RETURN NULL;
  END IF;

  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "DailyWrvu" ("userId", "day", "wrvu", "entries")
    SELECT "userId", day, sum(wrvu), sum(n)::int FROM (
      SELECT "userId", "dateOfService" AS day, "creditedWrvu" AS wrvu, 1 AS n FROM new_rows WHERE "deletedAt" IS NULL AND NOT "excluded"
      UNION ALL
      SELECT "userId", "dateOfService", -"creditedWrvu", -1 FROM old_rows WHERE "deletedAt" IS NULL AND NOT "excluded"
    ) delta
    GROUP BY 1, 2 HAVING sum(wrvu) <> 0 OR sum(n) <> 0 ORDER BY 1, 2
    ON CONFLICT ("userId", "day") DO UPDATE
      SET "wrvu" = "DailyWrvu"."wrvu" + EXCLUDED."wrvu", "entries" = "DailyWrvu"."entries" + EXCLUDED."entries";
  ELSE -- DELETE
    INSERT INTO "DailyWrvu" ("userId", "day", "wrvu", "entries")
    SELECT "userId", "dateOfService", -sum("creditedWrvu"), -count(*)::int
    FROM old_rows WHERE "deletedAt" IS NULL AND NOT "excluded"
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("userId", "day") DO UPDATE
      SET "wrvu" = "DailyWrvu"."wrvu" + EXCLUDED."wrvu", "entries" = "DailyWrvu"."entries" + EXCLUDED."entries";
  END IF;

  DELETE FROM "DailyWrvu" d
  USING (SELECT DISTINCT "userId", "dateOfService" FROM old_rows) k
  WHERE d."userId" = k."userId" AND d."day" = k."dateOfService" AND d."entries" <= 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "LogEntry_daily_wrvu_insert" AFTER INSERT ON "LogEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "daily_wrvu_apply"();
CREATE TRIGGER "LogEntry_daily_wrvu_update" AFTER UPDATE ON "LogEntry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "daily_wrvu_apply"();
CREATE TRIGGER "LogEntry_daily_wrvu_delete" AFTER DELETE ON "LogEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "daily_wrvu_apply"();

-- Backfill from the entries already logged.
INSERT INTO "DailyWrvu" ("userId", "day", "wrvu", "entries")
SELECT "userId", "dateOfService", sum("creditedWrvu"), count(*)::int
FROM "LogEntry" WHERE "deletedAt" IS NULL AND NOT "excluded"
GROUP BY 1, 2;
