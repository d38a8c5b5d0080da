-- CreateTable
CREATE TABLE "mechanisms_opinion_source" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "fetch_minutes" INTEGER NOT NULL DEFAULT 30,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_fetched_at" TIMESTAMP(3),
    "last_status" TEXT,
    "last_error" TEXT,
    "last_item_count" INTEGER,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mechanisms_opinion_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_opinion_item" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "author" TEXT,
    "published_at" TIMESTAMP(3) NOT NULL,
    "collected_at" TIMESTAMP(3) NOT NULL,
    "reposts" INTEGER NOT NULL DEFAULT 0,
    "comments" INTEGER NOT NULL DEFAULT 0,
    "likes" INTEGER NOT NULL DEFAULT 0,
    "keywords" TEXT[],
    "sentiment" DOUBLE PRECISION NOT NULL,
    "sentiment_label" TEXT NOT NULL,
    "heat" DOUBLE PRECISION NOT NULL,
    "source_weight" DOUBLE PRECISION NOT NULL,
    "topic_id" TEXT,
    "entered_by_id" TEXT,

    CONSTRAINT "mechanisms_opinion_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_opinion_topic" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "keywords" TEXT[],
    "item_count" INTEGER NOT NULL DEFAULT 0,
    "interactions" INTEGER NOT NULL DEFAULT 0,
    "heat" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "heat_terms" JSONB NOT NULL DEFAULT '{}',
    "sentiment" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "level" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "organization_ids" TEXT[],
    "first_seen_at" TIMESTAMP(3) NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mechanisms_opinion_topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_opinion_warning" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "topic_id" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "heat" DOUBLE PRECISION NOT NULL,
    "major_emergency" BOOLEAN NOT NULL DEFAULT false,
    "origin" TEXT NOT NULL,
    "note" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "raised_at" TIMESTAMP(3) NOT NULL,
    "raised_by_id" TEXT,
    "closed_at" TIMESTAMP(3),
    "on_time" BOOLEAN,

    CONSTRAINT "mechanisms_opinion_warning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_response_task" (
    "id" TEXT NOT NULL,
    "warning_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "warning_division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "answered_at" TIMESTAMP(3),
    "answered_by_id" TEXT,
    "answer_note" TEXT,
    "answer_url" TEXT,
    "on_time" BOOLEAN,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_response_task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_expert" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "affiliation" TEXT NOT NULL DEFAULT '',
    "fields" TEXT[],
    "bio" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "email" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mechanisms_expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_interpretation" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "policy_item_id" TEXT NOT NULL,
    "policy_title" TEXT NOT NULL,
    "policy_division_code" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "qa" JSONB NOT NULL DEFAULT '[]',
    "image_file_id" TEXT,
    "image_alt" TEXT,
    "expert_ids" TEXT[],
    "status" TEXT NOT NULL DEFAULT 'draft',
    "published_on" DATE,
    "catalogue_item_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mechanisms_interpretation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_major_policy" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "item_title" TEXT NOT NULL,
    "published_on" DATE NOT NULL,
    "note" TEXT,
    "flagged_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_major_policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_shared_resource" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL,
    "share_type" TEXT NOT NULL,
    "conditions" TEXT,
    "update_cycle" TEXT NOT NULL DEFAULT '',
    "access_note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'active',
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mechanisms_shared_resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_share_request" (
    "id" TEXT NOT NULL,
    "resource_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "requester_division_code" TEXT NOT NULL,
    "requester_organization_id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reply_due" DATE NOT NULL,
    "valid_until" DATE,
    "decided_at" TIMESTAMP(3),
    "decided_by_id" TEXT,
    "decision_note" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_share_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mechanisms_opinion_source_division_code_kind_idx" ON "mechanisms_opinion_source"("division_code", "kind");

-- CreateIndex
CREATE INDEX "mechanisms_opinion_source_kind_active_idx" ON "mechanisms_opinion_source"("kind", "active");

-- CreateIndex
CREATE INDEX "mechanisms_opinion_item_division_code_published_at_idx" ON "mechanisms_opinion_item"("division_code", "published_at");

-- CreateIndex
CREATE INDEX "mechanisms_opinion_item_topic_id_published_at_idx" ON "mechanisms_opinion_item"("topic_id", "published_at");

-- CreateIndex
CREATE UNIQUE INDEX "mechanisms_opinion_item_source_id_external_id_key" ON "mechanisms_opinion_item"("source_id", "external_id");

-- CreateIndex
CREATE INDEX "mechanisms_opinion_topic_division_code_status_last_seen_at_idx" ON "mechanisms_opinion_topic"("division_code", "status", "last_seen_at");

-- CreateIndex
CREATE INDEX "mechanisms_opinion_topic_division_code_heat_idx" ON "mechanisms_opinion_topic"("division_code", "heat");

-- CreateIndex
CREATE INDEX "mechanisms_opinion_warning_division_code_status_raised_at_idx" ON "mechanisms_opinion_warning"("division_code", "status", "raised_at");

-- CreateIndex
CREATE INDEX "mechanisms_opinion_warning_topic_id_idx" ON "mechanisms_opinion_warning"("topic_id");

-- CreateIndex
CREATE INDEX "mechanisms_response_task_division_code_status_due_at_idx" ON "mechanisms_response_task"("division_code", "status", "due_at");

-- CreateIndex
CREATE INDEX "mechanisms_response_task_organization_id_status_due_at_idx" ON "mechanisms_response_task"("organization_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "mechanisms_response_task_status_due_at_idx" ON "mechanisms_response_task"("status", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "mechanisms_response_task_warning_id_organization_id_kind_key" ON "mechanisms_response_task"("warning_id", "organization_id", "kind");

-- CreateIndex
CREATE INDEX "mechanisms_expert_division_code_active_idx" ON "mechanisms_expert"("division_code", "active");

-- CreateIndex
CREATE INDEX "mechanisms_interpretation_policy_item_id_status_idx" ON "mechanisms_interpretation"("policy_item_id", "status");

-- CreateIndex
CREATE INDEX "mechanisms_interpretation_division_code_status_published_on_idx" ON "mechanisms_interpretation"("division_code", "status", "published_on");

-- CreateIndex
CREATE UNIQUE INDEX "mechanisms_major_policy_item_id_key" ON "mechanisms_major_policy"("item_id");

-- CreateIndex
CREATE INDEX "mechanisms_major_policy_division_code_published_on_idx" ON "mechanisms_major_policy"("division_code", "published_on");

-- CreateIndex
CREATE INDEX "mechanisms_shared_resource_division_code_status_idx" ON "mechanisms_shared_resource"("division_code", "status");

-- CreateIndex
CREATE INDEX "mechanisms_shared_resource_organization_id_idx" ON "mechanisms_shared_resource"("organization_id");

-- CreateIndex
CREATE INDEX "mechanisms_share_request_division_code_status_reply_due_idx" ON "mechanisms_share_request"("division_code", "status", "reply_due");

-- CreateIndex
CREATE INDEX "mechanisms_share_request_requester_organization_id_status_idx" ON "mechanisms_share_request"("requester_organization_id", "status");

-- CreateIndex
CREATE INDEX "mechanisms_share_request_resource_id_status_idx" ON "mechanisms_share_request"("resource_id", "status");

-- AddForeignKey
ALTER TABLE "mechanisms_opinion_item" ADD CONSTRAINT "mechanisms_opinion_item_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "mechanisms_opinion_source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mechanisms_opinion_item" ADD CONSTRAINT "mechanisms_opinion_item_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "mechanisms_opinion_topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mechanisms_opinion_warning" ADD CONSTRAINT "mechanisms_opinion_warning_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "mechanisms_opinion_topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mechanisms_response_task" ADD CONSTRAINT "mechanisms_response_task_warning_id_fkey" FOREIGN KEY ("warning_id") REFERENCES "mechanisms_opinion_warning"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mechanisms_share_request" ADD CONSTRAINT "mechanisms_share_request_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "mechanisms_shared_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
