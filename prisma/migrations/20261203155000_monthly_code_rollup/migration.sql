-- Monthly breakdown rollup: per user, month, code and site, the credited wRVU, count and units of
-- live entries (not soft-deleted, not excluded). The dashboard's top codes, categories and sites
-- read whole months from here and only the partial months at the edges of a range from "LogEntry",
-- so their cost does not grow with the range. Kept exact by statement-level triggers, like
-- "DailyWrvu". "siteKey" is the site id, or '' for entries without a site.

-- CreateTable
CREATE TABLE "MonthlyCodeWrvu" (
    "userId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "code" TEXT NOT NULL,
    "siteKey" TEXT NOT NULL,
    "wrvu" DECIMAL(12,2) NOT NULL,
    "entries" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,

    CONSTRAINT "MonthlyCodeWrvu_pkey" PRIMARY KEY ("userId","month","code","siteKey")
);

CREATE FUNCTION "monthly_code_wrvu_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "MonthlyCodeWrvu" ("userId", "month", "code", "siteKey", "wrvu", "entries", "units")
    SELECT "userId", date_trunc('month', "dateOfService")::date, code, coalesce("siteId", ''),
           sum("creditedWrvu"), count(*)::int, sum(units)::int
    FROM new_rows WHERE "deletedAt" IS NULL AND NOT "excluded"
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("userId", "month", "code", "siteKey") DO UPDATE
      SET "wrvu" = "MonthlyCodeWrvu"."wrvu" + EXCLUDED."wrvu",
          "entries" = "MonthlyCodeWrvu"."entries" + EXCLUDED."entries",
          "units" = "MonthlyCodeWrvu"."units" + EXCLUDED."units";
    RETURN NULL;
  END IF;

  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "MonthlyCodeWrvu" ("userId", "month", "code", "siteKey", "wrvu", "entries", "units")
    SELECT "userId", month, code, "siteKey", sum(wrvu), sum(n)::int, sum(u)::int FROM (
      SELECT "userId", date_trunc('month', "dateOfService")::date AS month, code, coalesce("siteId", '') AS "siteKey",
             "creditedWrvu" AS wrvu, 1 AS n, units AS u
      FROM new_rows WHERE "deletedAt" IS NULL AND NOT "excluded"
      UNION ALL
      SELECT "userId", date_trunc('month', "dateOfService")::date, code, coalesce("siteId", ''),
             -"creditedWrvu", -1, -units
      FROM old_rows WHERE "deletedAt" IS NULL AND NOT "excluded"
    ) delta
    GROUP BY 1, 2, 3, 4 HAVING sum(wrvu) <> 0 OR sum(n) <> 0 OR sum(u) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("userId", "month", "code", "siteKey") DO UPDATE
      SET "wrvu" = "MonthlyCodeWrvu"."wrvu" + EXCLUDED."wrvu",
          "entries" = "MonthlyCodeWrvu"."entries" + EXCLUDED."entries",
          "units" = "MonthlyCodeWrvu"."units" + EXCLUDED."units";
  ELSE -- DELETE
    INSERT INTO "MonthlyCodeWrvu" ("userId", "month", "code", "siteKey", "wrvu", "entries", "units")
    SELECT "userId", date_trunc('month', "dateOfService")::date, code, coalesce("siteId", ''),
           -sum("creditedWrvu"), -count(*)::int, -sum(units)::int
    FROM old_rows WHERE "deletedAt" IS NULL AND NOT "excluded"
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("userId", "month", "code", "siteKey") DO UPDATE
      SET "wrvu" = "MonthlyCodeWrvu"."wrvu" + EXCLUDED."wrvu",
          "entries" = "MonthlyCodeWrvu"."entries" + EXCLUDED."entries",
          "units" = "MonthlyCodeWrvu"."units" + EXCLUDED."units";
  END IF;

  DELETE FROM "MonthlyCodeWrvu" m
  USING (SELECT DISTINCT "userId", date_trunc('month', "dateOfService")::date AS month, code,
                coalesce("siteId", '') AS "siteKey" FROM old_rows) k
  WHERE m."userId" = k."userId" AND m.month = k.month AND m.code = k.code AND m."siteKey" = k."siteKey"
    AND m."entries" <= 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "LogEntry_monthly_code_wrvu_insert" AFTER INSERT ON "LogEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_code_wrvu_apply"();
CREATE TRIGGER "LogEntry_monthly_code_wrvu_update" AFTER UPDATE ON "LogEntry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_code_wrvu_apply"();
CREATE TRIGGER "LogEntry_monthly_code_wrvu_delete" AFTER DELETE ON "LogEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_code_wrvu_apply"();

-- Backfill from the entries already logged.
INSERT INTO "MonthlyCodeWrvu" ("userId", "month", "code", "siteKey", "wrvu", "entries", "units")
SELECT "userId", date_trunc('month', "dateOfService")::date, code, coalesce("siteId", ''),
       sum("creditedWrvu"), count(*)::int, sum(units)::int
FROM "LogEntry" WHERE "deletedAt" IS NULL AND NOT "excluded"
GROUP BY 1, 2, 3, 4;
