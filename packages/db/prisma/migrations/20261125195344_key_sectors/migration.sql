-- CreateEnum
CREATE TYPE "key_sectors_record_status" AS ENUM ('draft', 'published', 'withdrawn');

-- CreateTable
CREATE TABLE "key_sectors_record" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT,
    "sector" TEXT NOT NULL,
    "record_type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER,
    "period" TEXT,
    "category" TEXT,
    "subject_key" TEXT,
    "natural_key" TEXT,
    "event_date" DATE,
    "status" "key_sectors_record_status" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMP(3),
    "withdrawn_at" TIMESTAMP(3),
    "data" JSONB NOT NULL,
    "search_keys" TEXT[],
    "search_text" TEXT NOT NULL DEFAULT '',
    "catalogue_item_id" TEXT,
    "import_id" TEXT,
    "created_by_id" TEXT,
    "updated_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "key_sectors_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "key_sectors_import" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "record_type" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "record_count" INTEGER NOT NULL,
    "published" BOOLEAN NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "key_sectors_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "key_sectors_record_sector_record_type_division_code_year_idx" ON "key_sectors_record"("sector", "record_type", "division_code", "year");

-- CreateIndex
CREATE INDEX "key_sectors_record_sector_record_type_subject_key_period_idx" ON "key_sectors_record"("sector", "record_type", "subject_key", "period");

-- CreateIndex
CREATE INDEX "key_sectors_record_status_division_code_published_at_idx" ON "key_sectors_record"("status", "division_code", "published_at");

-- CreateIndex
CREATE INDEX "key_sectors_record_search_keys_idx" ON "key_sectors_record" USING GIN ("search_keys");

-- CreateIndex
CREATE UNIQUE INDEX "key_sectors_record_division_code_sector_record_type_natural_key" ON "key_sectors_record"("division_code", "sector", "record_type", "natural_key");

-- CreateIndex
CREATE INDEX "key_sectors_import_division_code_created_at_idx" ON "key_sectors_import"("division_code", "created_at");
