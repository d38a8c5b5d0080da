-- CreateIndex
CREATE INDEX "kernel_catalogue_item_status_published_at_id_idx" ON "kernel_catalogue_item"("status", "published_at" DESC, "id" DESC);
