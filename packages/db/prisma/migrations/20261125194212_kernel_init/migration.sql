-- CreateEnum
CREATE TYPE "kernel_calendar_day_kind" AS ENUM ('holiday', 'workday');

-- CreateEnum
CREATE TYPE "kernel_deadline_status" AS ENUM ('open', 'met', 'cancelled');

-- CreateEnum
CREATE TYPE "kernel_catalogue_status" AS ENUM ('draft', 'published', 'withdrawn');

-- CreateEnum
CREATE TYPE "kernel_division_level" AS ENUM ('province', 'prefecture', 'county', 'township');

-- CreateEnum
CREATE TYPE "kernel_user_kind" AS ENUM ('staff', 'public');

-- CreateTable
CREATE TABLE "kernel_audit_record" (
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_kind" TEXT NOT NULL,
    "division_code" TEXT,
    "plugin_id" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "input_digest" TEXT,
    "outcome" TEXT NOT NULL,
    "detail" JSONB,
    "request_id" TEXT,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "kernel_audit_record_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "kernel_audit_checkpoint" (
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_audit_checkpoint_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "kernel_calendar_year" (
    "year" INTEGER NOT NULL,
    "entered_by_id" TEXT,
    "entered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notice" TEXT,

    CONSTRAINT "kernel_calendar_year_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "kernel_calendar_day" (
    "date" DATE NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "kernel_calendar_day_kind" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "kernel_calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "kernel_deadline" (
    "id" TEXT NOT NULL,
    "plugin_id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "working_days" INTEGER NOT NULL,
    "paused_days" INTEGER NOT NULL DEFAULT 0,
    "due_date" DATE NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "explanation" JSONB NOT NULL DEFAULT '[]',
    "status" "kernel_deadline_status" NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "kernel_deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_catalogue_item" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "item_type" TEXT NOT NULL,
    "index_no" TEXT,
    "index_year" INTEGER,
    "index_seq" INTEGER,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "doc_no" TEXT,
    "generated_on" DATE NOT NULL,
    "topic_code" TEXT NOT NULL,
    "disclosure_mode" TEXT NOT NULL DEFAULT '主动公开',
    "validity" TEXT NOT NULL DEFAULT '有效',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "status" "kernel_catalogue_status" NOT NULL DEFAULT 'draft',
    "source_plugin" TEXT,
    "source_ref" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "published_at" TIMESTAMP(3),
    "withdrawn_at" TIMESTAMP(3),
    "withdraw_reason" TEXT,
    "search_tokens" TEXT[],

    CONSTRAINT "kernel_catalogue_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_catalogue_attachment" (
    "id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "file_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_catalogue_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_index_sequence" (
    "organization_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last_value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "kernel_index_sequence_pkey" PRIMARY KEY ("organization_id","year")
);

-- CreateTable
CREATE TABLE "kernel_file" (
    "id" TEXT NOT NULL,
    "division_code" TEXT,
    "file_name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_division" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "kernel_division_level" NOT NULL,
    "parent_code" TEXT,
    "pilot" BOOLEAN NOT NULL DEFAULT false,
    "statistical_only" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_division_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "kernel_organization" (
    "id" TEXT NOT NULL,
    "division_code" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'department',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_outbox_event" (
    "id" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "division_code" TEXT,
    "plugin_id" TEXT,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatched_at" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "kernel_outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_event_delivery" (
    "event_id" BIGINT NOT NULL,
    "handler" TEXT NOT NULL,
    "delivered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_event_delivery_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateTable
CREATE TABLE "kernel_user" (
    "id" TEXT NOT NULL,
    "kind" "kernel_user_kind" NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "password_hash" TEXT NOT NULL,
    "division_code" TEXT,
    "organization_id" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMP(3),

    CONSTRAINT "kernel_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "revoked_at" TIMESTAMP(3),
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "kernel_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_login_attempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_role" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "permissions" TEXT[],
    "builtin" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_role_grant" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role_id" TEXT NOT NULL,
    "division_code" TEXT,
    "organization_id" TEXT,
    "granted_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kernel_role_grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_api_token" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "kernel_api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kernel_plugin_enablement" (
    "division_code" TEXT NOT NULL,
    "plugin_id" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMP(3) NOT NULL,
    "updated_by_id" TEXT,

    CONSTRAINT "kernel_plugin_enablement_pkey" PRIMARY KEY ("division_code","plugin_id")
);

-- CreateTable
CREATE TABLE "kernel_system_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "kernel_system_setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "kernel_audit_record_division_code_at_idx" ON "kernel_audit_record"("division_code", "at");

-- CreateIndex
CREATE INDEX "kernel_audit_record_action_idx" ON "kernel_audit_record"("action");

-- CreateIndex
CREATE INDEX "kernel_audit_record_actor_id_idx" ON "kernel_audit_record"("actor_id");

-- CreateIndex
CREATE INDEX "kernel_calendar_day_year_idx" ON "kernel_calendar_day"("year");

-- CreateIndex
CREATE INDEX "kernel_deadline_status_due_date_idx" ON "kernel_deadline"("status", "due_date");

-- CreateIndex
CREATE INDEX "kernel_deadline_division_code_idx" ON "kernel_deadline"("division_code");

-- CreateIndex
CREATE UNIQUE INDEX "kernel_deadline_plugin_id_subject_type_subject_id_kind_key" ON "kernel_deadline"("plugin_id", "subject_type", "subject_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "kernel_catalogue_item_index_no_key" ON "kernel_catalogue_item"("index_no");

-- CreateIndex
CREATE INDEX "kernel_catalogue_item_search_tokens_idx" ON "kernel_catalogue_item" USING GIN ("search_tokens");

-- CreateIndex
CREATE INDEX "kernel_catalogue_item_status_division_code_published_at_idx" ON "kernel_catalogue_item"("status", "division_code", "published_at");

-- CreateIndex
CREATE INDEX "kernel_catalogue_item_organization_id_index_year_idx" ON "kernel_catalogue_item"("organization_id", "index_year");

-- CreateIndex
CREATE UNIQUE INDEX "kernel_catalogue_item_source_plugin_source_ref_key" ON "kernel_catalogue_item"("source_plugin", "source_ref");

-- CreateIndex
CREATE INDEX "kernel_catalogue_attachment_item_id_idx" ON "kernel_catalogue_attachment"("item_id");

-- CreateIndex
CREATE INDEX "kernel_division_parent_code_idx" ON "kernel_division"("parent_code");

-- CreateIndex
CREATE INDEX "kernel_organization_division_code_idx" ON "kernel_organization"("division_code");

-- CreateIndex
CREATE UNIQUE INDEX "kernel_organization_division_code_code_key" ON "kernel_organization"("division_code", "code");

-- CreateIndex
CREATE INDEX "kernel_outbox_event_dispatched_at_id_idx" ON "kernel_outbox_event"("dispatched_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "kernel_user_username_key" ON "kernel_user"("username");

-- CreateIndex
CREATE INDEX "kernel_user_division_code_idx" ON "kernel_user"("division_code");

-- CreateIndex
CREATE INDEX "kernel_session_user_id_idx" ON "kernel_session"("user_id");

-- CreateIndex
CREATE INDEX "kernel_login_attempt_username_at_idx" ON "kernel_login_attempt"("username", "at");

-- CreateIndex
CREATE INDEX "kernel_login_attempt_ip_at_idx" ON "kernel_login_attempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "kernel_role_key_key" ON "kernel_role"("key");

-- CreateIndex
CREATE INDEX "kernel_role_grant_user_id_idx" ON "kernel_role_grant"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "kernel_api_token_token_hash_key" ON "kernel_api_token"("token_hash");

-- AddForeignKey
ALTER TABLE "kernel_calendar_day" ADD CONSTRAINT "kernel_calendar_day_year_fkey" FOREIGN KEY ("year") REFERENCES "kernel_calendar_year"("year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_catalogue_attachment" ADD CONSTRAINT "kernel_catalogue_attachment_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "kernel_catalogue_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_catalogue_attachment" ADD CONSTRAINT "kernel_catalogue_attachment_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "kernel_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_division" ADD CONSTRAINT "kernel_division_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "kernel_division"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_organization" ADD CONSTRAINT "kernel_organization_division_code_fkey" FOREIGN KEY ("division_code") REFERENCES "kernel_division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_user" ADD CONSTRAINT "kernel_user_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "kernel_organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_session" ADD CONSTRAINT "kernel_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "kernel_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_role_grant" ADD CONSTRAINT "kernel_role_grant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "kernel_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_role_grant" ADD CONSTRAINT "kernel_role_grant_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "kernel_role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_role_grant" ADD CONSTRAINT "kernel_role_grant_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "kernel_organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_api_token" ADD CONSTRAINT "kernel_api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "kernel_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kernel_plugin_enablement" ADD CONSTRAINT "kernel_plugin_enablement_division_code_fkey" FOREIGN KEY ("division_code") REFERENCES "kernel_division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Audit records are append-only: any UPDATE or DELETE is refused by the database itself.
CREATE FUNCTION kernel_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'kernel_audit_record is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER kernel_audit_record_append_only
  BEFORE UPDATE OR DELETE ON "kernel_audit_record"
  FOR EACH ROW EXECUTE FUNCTION kernel_audit_append_only();
