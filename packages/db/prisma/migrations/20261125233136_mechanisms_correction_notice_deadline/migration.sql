-- AlterTable
ALTER TABLE "mechanisms_request" ADD COLUMN     "correction_notice_due" DATE,
ADD COLUMN     "correction_notice_overdue" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "correction_notice_provisional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "correction_notice_state" TEXT,
ADD COLUMN     "correction_notice_steps" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "correction_reminded_at" INTEGER;

-- CreateIndex
CREATE INDEX "mechanisms_request_correction_notice_state_correction_notic_idx" ON "mechanisms_request"("correction_notice_state", "correction_notice_due");
