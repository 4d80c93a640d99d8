-- A blank $/wRVU rate used to be saved as 0 (z.coerce turned the empty field into 0): blank means
-- "not set". No one is paid $0 per wRVU, so every stored 0 was a blank field.
UPDATE "User" SET "ratePerWrvu" = NULL WHERE "ratePerWrvu" = 0;
