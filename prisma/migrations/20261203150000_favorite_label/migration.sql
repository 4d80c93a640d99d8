-- A favorite can carry its own label ("Knee scope") shown on its chip instead of the CMS description.
ALTER TABLE "Favorite" ADD COLUMN "label" TEXT;
