-- The entries list's totals (count and credited wRVU of the live lines of a user, optionally by date
-- range) read this index alone (an index-only scan) instead of every row with its explanation.
-- CreateIndex
CREATE INDEX "LogEntry_userId_deletedAt_dateOfService_creditedWrvu_idx" ON "LogEntry"("userId", "deletedAt", "dateOfService", "creditedWrvu");
