-- CreateTable
CREATE TABLE "mechanisms_request" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "receipt_rule" TEXT NOT NULL,
    "rule_set" TEXT NOT NULL,
    "applicant_type" TEXT NOT NULL,
    "applicant_user_id" TEXT,
    "applicant_name" TEXT NOT NULL,
    "id_doc_type" TEXT NOT NULL,
    "id_doc_number" TEXT NOT NULL,
    "applicant_key" TEXT NOT NULL,
    "legal_representative" TEXT,
    "contact_phone" TEXT,
    "contact_email" TEXT,
    "address" TEXT,
    "postal_code" TEXT,
    "description" TEXT NOT NULL,
    "doc_no" TEXT,
    "delivery_form" TEXT NOT NULL,
    "delivery_method" TEXT NOT NULL,
    "assistance_note" TEXT,
    "entered_by_id" TEXT,
    "status" TEXT NOT NULL DEFAULT 'processing',
    "clock_start" DATE NOT NULL,
    "due_date" DATE,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "extension_days" INTEGER NOT NULL DEFAULT 0,
    "delay_days" INTEGER NOT NULL DEFAULT 0,
    "excluded_days" INTEGER NOT NULL DEFAULT 0,
    "clock_steps" JSONB NOT NULL DEFAULT '[]',
    "reminded_at" INTEGER,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "item_count" INTEGER NOT NULL DEFAULT 1,
    "assignee_id" TEXT,
    "on_the_spot" BOOLEAN NOT NULL DEFAULT false,
    "outcome_code" TEXT,
    "outcome_reason" TEXT,
    "legal_basis" TEXT,
    "transfer_body" TEXT,
    "transfer_contact" TEXT,
    "forwarded_from_id" TEXT,
    "closed_on" DATE,
    "working_days_taken" INTEGER,
    "on_time" BOOLEAN,
    "published_item_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mechanisms_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_request_event" (
    "id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "on" DATE NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_name" TEXT,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "mechanisms_request_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_subtask" (
    "id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "request_division_code" TEXT NOT NULL,
    "target_organization_id" TEXT,
    "third_party_name" TEXT,
    "kind" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "sent_on" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'open',
    "answer" TEXT,
    "answered_on" DATE,
    "answered_by_id" TEXT,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "reminded_at" INTEGER,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_subtask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_fee" (
    "id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "earlier_units" INTEGER NOT NULL DEFAULT 0,
    "amount" INTEGER NOT NULL,
    "explanation" TEXT NOT NULL,
    "notice_on" DATE NOT NULL,
    "pay_by" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'unpaid',
    "paid_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_fee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_letter" (
    "id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "issued_on" DATE NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_letter_template" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL DEFAULT '',
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mechanisms_letter_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_review" (
    "id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "case_no" TEXT,
    "filed_on" DATE NOT NULL,
    "result" TEXT NOT NULL DEFAULT 'pending',
    "decided_on" DATE,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mechanisms_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_annual_report" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL DEFAULT '',
    "year" INTEGER NOT NULL,
    "format" TEXT NOT NULL DEFAULT '2021',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "matrix" JSONB NOT NULL,
    "reviews" JSONB NOT NULL,
    "adjustments" JSONB NOT NULL DEFAULT '[]',
    "notes" TEXT NOT NULL DEFAULT '',
    "computed_at" TIMESTAMP(3) NOT NULL,
    "published_at" TIMESTAMP(3),
    "catalogue_item_id" TEXT,
    "updated_by_id" TEXT,

    CONSTRAINT "mechanisms_annual_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mechanisms_counter" (
    "division_code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last_value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "mechanisms_counter_pkey" PRIMARY KEY ("division_code","kind","year")
);

-- CreateTable
CREATE TABLE "mechanisms_notice" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "due_date" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMP(3),

    CONSTRAINT "mechanisms_notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mechanisms_request_number_key" ON "mechanisms_request"("number");

-- CreateIndex
CREATE INDEX "mechanisms_request_division_code_status_due_date_idx" ON "mechanisms_request"("division_code", "status", "due_date");

-- CreateIndex
CREATE INDEX "mechanisms_request_organization_id_status_due_date_idx" ON "mechanisms_request"("organization_id", "status", "due_date");

-- CreateIndex
CREATE INDEX "mechanisms_request_status_due_date_idx" ON "mechanisms_request"("status", "due_date");

-- CreateIndex
CREATE INDEX "mechanisms_request_applicant_key_received_on_idx" ON "mechanisms_request"("applicant_key", "received_on");

-- CreateIndex
CREATE INDEX "mechanisms_request_applicant_user_id_idx" ON "mechanisms_request"("applicant_user_id");

-- CreateIndex
CREATE INDEX "mechanisms_request_division_code_received_on_idx" ON "mechanisms_request"("division_code", "received_on");

-- CreateIndex
CREATE INDEX "mechanisms_request_event_request_id_at_idx" ON "mechanisms_request_event"("request_id", "at");

-- CreateIndex
CREATE INDEX "mechanisms_subtask_division_code_status_due_date_idx" ON "mechanisms_subtask"("division_code", "status", "due_date");

-- CreateIndex
CREATE INDEX "mechanisms_subtask_target_organization_id_status_idx" ON "mechanisms_subtask"("target_organization_id", "status");

-- CreateIndex
CREATE INDEX "mechanisms_subtask_request_id_idx" ON "mechanisms_subtask"("request_id");

-- CreateIndex
CREATE INDEX "mechanisms_fee_request_id_idx" ON "mechanisms_fee"("request_id");

-- CreateIndex
CREATE INDEX "mechanisms_fee_status_pay_by_idx" ON "mechanisms_fee"("status", "pay_by");

-- CreateIndex
CREATE INDEX "mechanisms_letter_request_id_idx" ON "mechanisms_letter"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "mechanisms_letter_template_division_code_organization_id_ke_key" ON "mechanisms_letter_template"("division_code", "organization_id", "key");

-- CreateIndex
CREATE INDEX "mechanisms_review_division_code_filed_on_idx" ON "mechanisms_review"("division_code", "filed_on");

-- CreateIndex
CREATE UNIQUE INDEX "mechanisms_annual_report_division_code_organization_id_year_key" ON "mechanisms_annual_report"("division_code", "organization_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "mechanisms_notice_dedupe_key_key" ON "mechanisms_notice"("dedupe_key");

-- CreateIndex
CREATE INDEX "mechanisms_notice_division_code_created_at_idx" ON "mechanisms_notice"("division_code", "created_at");

-- CreateIndex
CREATE INDEX "mechanisms_notice_organization_id_read_at_idx" ON "mechanisms_notice"("organization_id", "read_at");

-- AddForeignKey
ALTER TABLE "mechanisms_request_event" ADD CONSTRAINT "mechanisms_request_event_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "mechanisms_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mechanisms_subtask" ADD CONSTRAINT "mechanisms_subtask_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "mechanisms_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mechanisms_fee" ADD CONSTRAINT "mechanisms_fee_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "mechanisms_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mechanisms_letter" ADD CONSTRAINT "mechanisms_letter_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "mechanisms_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mechanisms_review" ADD CONSTRAINT "mechanisms_review_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "mechanisms_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;
