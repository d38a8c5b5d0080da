-- Information requests, for the deadline sweep:
-- * no reminder marks on request rows (a row is ~2 KB, so marking tens of thousands a day cost more
--   than the notices): the reminder notices, whose dedupe keys name the due date and threshold, are
--   the record of what was raised;
-- * clock_as_of, the day the stored clock was computed, so that paused clocks (which move with every
--   working day) are recomputed once per working day rather than on every sweep, and found by index.
-- AlterTable
ALTER TABLE "mechanisms_request" DROP COLUMN "correction_reminded_at",
DROP COLUMN "reminded_at",
ADD COLUMN     "clock_as_of" DATE;

-- CreateIndex
CREATE INDEX "mechanisms_request_paused_status_idx" ON "mechanisms_request"("paused", "status");
