-- CreateIndex
CREATE INDEX "kernel_catalogue_item_status_division_code_organization_id__idx" ON "kernel_catalogue_item"("status", "division_code", "organization_id", "topic_code", "item_type", "index_year");
