-- CreateTable
CREATE TABLE "mechanisms_release" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "topic_code" TEXT NOT NULL,
    "doc_no" TEXT,
    "created_on" DATE NOT NULL,
    "planned_on" DATE,
    "due_date" DATE NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "reminded_at" INTEGER,
    "published_on" DATE,
    "published_on_time" BOOLEAN,
    "catalogue_item_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_release_delivery" (
    "id" TEXT NOT NULL,
    "release_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "channel_id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "external_ref" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "delivered_at" TIMESTAMP(3),

    CONSTRAINT "mechanisms_release_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_spokesperson" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "phone" TEXT,
    "appointed_on" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_spokesperson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_press_conference" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "spokesperson_ids" TEXT[],
    "summary" TEXT NOT NULL DEFAULT '',
    "release_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_press_conference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mechanisms_release_division_code_status_due_date_idx" ON "mechanisms_release"("division_code", "status", "due_date");

-- CreateIndex
CREATE INDEX "mechanisms_release_status_due_date_idx" ON "mechanisms_release"("status", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "mechanisms_release_delivery_release_id_channel_id_key" ON "mechanisms_release_delivery"("release_id", "channel_id");

-- CreateIndex
CREATE INDEX "mechanisms_spokesperson_division_code_active_idx" ON "mechanisms_spokesperson"("division_code", "active");

-- CreateIndex
CREATE INDEX "mechanisms_press_conference_division_code_held_on_idx" ON "mechanisms_press_conference"("division_code", "held_on");

-- AddForeignKey
ALTER TABLE "mechanisms_release_delivery" ADD CONSTRAINT "mechanisms_release_delivery_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "mechanisms_release"("id") ON DELETE CASCADE ON UPDATE CASCADE;
