-- AlterTable
ALTER TABLE "kernel_event_delivery" ADD COLUMN     "skipped" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "kernel_outbox_event" ADD COLUMN     "available_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "kernel_outbox_event_dispatched_at_available_at_idx" ON "kernel_outbox_event"("dispatched_at", "available_at");
