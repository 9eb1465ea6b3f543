import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateRecommendations1795354914036 implements MigrationInterface {
    name = 'CreateRecommendations1795354914036'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_chain_heads" (
                "certification_body_id" uuid NOT NULL,
                "seq" bigint NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "PK_0143fb58cb5c3a1f593094adcf5" PRIMARY KEY ("certification_body_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_entries" (
                "certification_body_id" uuid NOT NULL,
                "seq" bigint NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_user_id" uuid,
                "actor_roles" text array NOT NULL DEFAULT '{}',
                "action" character varying(80) NOT NULL,
                "entity_type" character varying(60) NOT NULL,
                "entity_id" character varying(80) NOT NULL,
                "request_id" character varying(128) NOT NULL DEFAULT '',
                "client_ip" character varying(64) NOT NULL DEFAULT '',
                "payload" jsonb,
                "payload_hash" character(64) NOT NULL,
                "prev_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "PK_9367165bfa307ec5284eeeeab67" PRIMARY KEY ("certification_body_id", "seq")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_entries_time" ON "audit_entries" ("certification_body_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_entries_actor" ON "audit_entries" (
                "certification_body_id",
                "actor_user_id",
                "occurred_at"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_entries_entity" ON "audit_entries" (
                "certification_body_id",
                "entity_type",
                "entity_id"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "certification_bodies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(50) NOT NULL,
                "name" character varying(200) NOT NULL,
                "license_number" character varying(100) NOT NULL,
                "address" text NOT NULL DEFAULT '',
                "contact_email" character varying(254) NOT NULL DEFAULT '',
                "contact_phone" character varying(30) NOT NULL DEFAULT '',
                "appeal_window_days" integer NOT NULL DEFAULT '14',
                "certificate_validity_months" integer NOT NULL DEFAULT '36',
                "certificate_number_template" character varying(200) NOT NULL DEFAULT '{BODY}/{SCHEME}/{YEAR}/{SEQ:6}',
                "verification_base_url" character varying(300) NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_certification_bodies_code" UNIQUE ("code"),
                CONSTRAINT "PK_086a62e6e59403288f747982d9a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "full_name" character varying(200) NOT NULL,
                "password_hash" text NOT NULL,
                "phone" character varying(30) NOT NULL DEFAULT '',
                "national_id" character varying(16),
                "birth_place" character varying(100),
                "birth_date" date,
                "employer" character varying(200),
                "position" character varying(200),
                "is_platform_admin" boolean NOT NULL DEFAULT false,
                "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_users_email" UNIQUE ("email"),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "auth_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "certification_body_id" uuid,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_reason" character varying(40),
                "client_ip" character varying(64) NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_auth_sessions_user" ON "auth_sessions" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_refresh_tokens_hash" UNIQUE ("token_hash"),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_tokens_session" ON "refresh_tokens" ("session_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "memberships" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "roles" text array NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_memberships_body_user" UNIQUE ("certification_body_id", "user_id"),
                CONSTRAINT "PK_efd25338761856bd3e3366437fe" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_memberships_user" ON "memberships" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "schemes" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(100) NOT NULL,
                "title_id" character varying(300) NOT NULL,
                "title_en" character varying(300) NOT NULL DEFAULT '',
                "type" character varying(20) NOT NULL,
                "kkni_level" smallint,
                "sector" character varying(200) NOT NULL DEFAULT '',
                "description" text NOT NULL DEFAULT '',
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "current_version_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_schemes_body_code" UNIQUE ("certification_body_id", "code"),
                CONSTRAINT "PK_2dfe18bb38c60e453fc9a705d1d" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_schemes_body_status_code" ON "schemes" ("certification_body_id", "status", "code", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_schemes_body_type_code" ON "schemes" ("certification_body_id", "type", "code", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "scheme_versions" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "instrument_generation" character varying(10) NOT NULL DEFAULT '2023',
                "certificate_validity_months" integer NOT NULL,
                "surveillance_interval_months" integer NOT NULL DEFAULT '12',
                "requirements" jsonb NOT NULL DEFAULT '[]',
                "note" text NOT NULL DEFAULT '',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "retired_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_scheme_versions_number" UNIQUE ("certification_body_id", "scheme_id", "number"),
                CONSTRAINT "PK_9575f7bdcd04f0617ca408c7314" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_scheme_versions_one_draft" ON "scheme_versions" ("certification_body_id", "scheme_id")
            WHERE "status" = 'draft'
        `);
        await queryRunner.query(`
            CREATE TABLE "applications" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "candidate_user_id" uuid NOT NULL,
                "scheme_id" uuid NOT NULL,
                "scheme_version_id" uuid NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "purpose" character varying(20) NOT NULL,
                "purpose_other" character varying(300),
                "renews_certificate_number" character varying(100),
                "applicant" jsonb NOT NULL,
                "requirement_evidence" jsonb NOT NULL DEFAULT '[]',
                "submission_count" integer NOT NULL DEFAULT '0',
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_applications_renews" CHECK (
                    ("purpose" = 'recertification') = ("renews_certificate_number" IS NOT NULL)
                ),
                CONSTRAINT "ck_applications_purpose" CHECK (
                    "purpose" IN (
                        'certification',
                        'recertification',
                        'pkt',
                        'rpl',
                        'other'
                    )
                ),
                CONSTRAINT "ck_applications_status" CHECK (
                    "status" IN (
                        'draft',
                        'submitted',
                        'accepted',
                        'rejected',
                        'returned',
                        'withdrawn'
                    )
                ),
                CONSTRAINT "PK_53ab30708cbf8053343ce77eba7" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_applications_created" ON "applications" ("certification_body_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_applications_status" ON "applications" (
                "certification_body_id",
                "status",
                "created_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_applications_candidate" ON "applications" (
                "certification_body_id",
                "candidate_user_id",
                "created_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessments" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "application_id" uuid NOT NULL,
                "scheme_id" uuid NOT NULL,
                "scheme_version_id" uuid NOT NULL,
                "scheme_code" character varying(100) NOT NULL,
                "candidate_user_id" uuid NOT NULL,
                "attempt" integer NOT NULL DEFAULT '1',
                "tuk_name" character varying(200) NOT NULL,
                "tuk_type" character varying(20) NOT NULL,
                "tuk_address" text NOT NULL DEFAULT '',
                "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'scheduled',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_assessments_attempt" CHECK ("attempt" >= 1),
                CONSTRAINT "ck_assessments_tuk_type" CHECK (
                    "tuk_type" IN ('sewaktu', 'tempat_kerja', 'mandiri')
                ),
                CONSTRAINT "ck_assessments_status" CHECK (
                    "status" IN (
                        'scheduled',
                        'ready',
                        'in_progress',
                        'recommended',
                        'decided',
                        'cancelled'
                    )
                ),
                CONSTRAINT "PK_2c58364d27b5fce8b9a69f3c9a4" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_assessments_live_attempt" ON "assessments" (
                "certification_body_id",
                "application_id",
                "attempt"
            )
            WHERE "status" <> 'cancelled'
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessments_candidate" ON "assessments" (
                "certification_body_id",
                "candidate_user_id",
                "scheduled_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessments_scheme" ON "assessments" (
                "certification_body_id",
                "scheme_id",
                "scheduled_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessments_status" ON "assessments" (
                "certification_body_id",
                "status",
                "scheduled_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessments_scheduled" ON "assessments" ("certification_body_id", "scheduled_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "assessor_profiles" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "registration_number" character varying(60) NOT NULL,
                "certificate_valid_from" date NOT NULL,
                "certificate_valid_until" date NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'active',
                "scheme_codes" text array NOT NULL DEFAULT '{}',
                "fields" text array NOT NULL DEFAULT '{}',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_assessor_profiles_body_registration" UNIQUE ("certification_body_id", "registration_number"),
                CONSTRAINT "uq_assessor_profiles_body_user" UNIQUE ("certification_body_id", "user_id"),
                CONSTRAINT "PK_2e975df82f91220d21a7b41385f" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_anchors" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "seq" bigint NOT NULL,
                "hash" character(64) NOT NULL,
                "anchored_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_by_user_id" uuid NOT NULL,
                "key_fingerprint" character varying(16) NOT NULL,
                "signature" character(64) NOT NULL,
                CONSTRAINT "PK_fd98547c0223a802b94a0e4955b" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_anchors_body_seq" ON "audit_anchors" ("certification_body_id", "seq")
        `);
        await queryRunner.query(`
            CREATE TABLE "evidence_quotas" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "candidate_user_id" uuid NOT NULL,
                "used_bytes" bigint NOT NULL DEFAULT '0',
                CONSTRAINT "uq_evidence_quotas_candidate" UNIQUE ("certification_body_id", "candidate_user_id"),
                CONSTRAINT "ck_evidence_quotas_used" CHECK ("used_bytes" >= 0),
                CONSTRAINT "PK_d6dbd1b9f02ed13087b1852d3a6" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "portfolio_items" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "candidate_user_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "evidence_type" character varying(20) NOT NULL,
                "work_date" date,
                "issuer" character varying(200),
                "criterion_ids" uuid array NOT NULL DEFAULT '{}',
                "original_file_name" character varying(255) NOT NULL,
                "media_type" character varying(120) NOT NULL,
                "size_bytes" bigint NOT NULL,
                "sha256" character varying(64) NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "version" integer NOT NULL DEFAULT '1',
                "previous_version_id" uuid,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                "locked_at" TIMESTAMP WITH TIME ZONE,
                "discarded_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_portfolio_items_successor" UNIQUE ("certification_body_id", "previous_version_id"),
                CONSTRAINT "ck_portfolio_items_content" CHECK (
                    "size_bytes" > 0
                    AND "sha256" ~ '^[0-9a-f]{64}$'
                    AND "version" >= 1
                ),
                CONSTRAINT "ck_portfolio_items_evidence_type" CHECK (
                    "evidence_type" IN ('direct', 'indirect', 'supplementary')
                ),
                CONSTRAINT "ck_portfolio_items_status" CHECK ("status" IN ('draft', 'locked', 'discarded')),
                CONSTRAINT "PK_383b88727150b16bc6399ae2ddf" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_portfolio_items_sha256" ON "portfolio_items" ("sha256")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_portfolio_items_candidate" ON "portfolio_items" (
                "certification_body_id",
                "candidate_user_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "invitations" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" character varying(254) NOT NULL,
                "roles" text array NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "accepted_user_id" uuid,
                "invited_by_user_id" uuid NOT NULL,
                CONSTRAINT "uq_invitations_body_token" UNIQUE ("certification_body_id", "token_hash"),
                CONSTRAINT "PK_0f42b1bb8f8e35f83939f1ac454" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_invitations_token" ON "invitations" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "declared_relationships" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessor_user_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "counterpart_user_id" uuid,
                "organisation_name" character varying(200),
                "scheme_code" character varying(60),
                "occurred_on" date,
                "note" text NOT NULL DEFAULT '',
                "declared_by_user_id" uuid NOT NULL,
                CONSTRAINT "ck_declared_relationships_counterpart" CHECK (
                    "counterpart_user_id" IS NOT NULL
                    OR "organisation_name" IS NOT NULL
                ),
                CONSTRAINT "PK_4e8027b067440bb0619cac1de91" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_declared_relationships_counterpart" ON "declared_relationships" ("certification_body_id", "counterpart_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_declared_relationships_assessor" ON "declared_relationships" ("certification_body_id", "assessor_user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "application_events" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "application_id" uuid NOT NULL,
                "action" character varying(20) NOT NULL,
                "from_status" character varying(20),
                "to_status" character varying(20) NOT NULL,
                "actor_user_id" uuid NOT NULL,
                "reason" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_4e5d88a6337bab11048e7f55d52" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_application_events_application" ON "application_events" (
                "certification_body_id",
                "application_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "application_reviews" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "application_id" uuid NOT NULL,
                "round" integer NOT NULL,
                "recommendation" character varying(20) NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                "reviewer_user_id" uuid NOT NULL,
                CONSTRAINT "uq_application_reviews_round" UNIQUE (
                    "certification_body_id",
                    "application_id",
                    "round"
                ),
                CONSTRAINT "ck_application_reviews_recommendation" CHECK (
                    "recommendation" IN ('accept', 'reject', 'return')
                ),
                CONSTRAINT "PK_313e152841be2c1ae38de61a1fe" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_assessors" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "candidate_user_id" uuid NOT NULL,
                "assessor_user_id" uuid NOT NULL,
                "role" character varying(10) NOT NULL,
                "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assigned_by_user_id" uuid NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "deactivated_at" TIMESTAMP WITH TIME ZONE,
                "deactivated_by_user_id" uuid,
                CONSTRAINT "ck_assessment_assessors_deactivated" CHECK ("active" = ("deactivated_at" IS NULL)),
                CONSTRAINT "ck_assessment_assessors_role" CHECK ("role" IN ('lead', 'member')),
                CONSTRAINT "PK_ea4197e6718280f9427815be363" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_assessment_assessors_one_lead" ON "assessment_assessors" ("certification_body_id", "assessment_id")
            WHERE "active"
                AND "role" = 'lead'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_assessment_assessors_active" ON "assessment_assessors" (
                "certification_body_id",
                "assessment_id",
                "assessor_user_id"
            )
            WHERE "active"
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessment_assessors_assessor" ON "assessment_assessors" (
                "certification_body_id",
                "assessor_user_id",
                "candidate_user_id",
                "assessment_id"
            )
            WHERE "active"
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessment_assessors_assessment" ON "assessment_assessors" (
                "certification_body_id",
                "assessment_id",
                "active"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_events" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "action" character varying(20) NOT NULL,
                "from_status" character varying(20),
                "to_status" character varying(20) NOT NULL,
                "actor_user_id" uuid NOT NULL,
                "reason" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_f66a8def6c6ee5fcbf5e83cab45" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessment_events_assessment" ON "assessment_events" (
                "certification_body_id",
                "assessment_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_recommendations" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "overall" character varying(2) NOT NULL,
                "follow_up" text NOT NULL DEFAULT '',
                "comments" text NOT NULL DEFAULT '',
                "signed_by_user_id" uuid NOT NULL,
                "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "uq_assessment_recommendations_assessment" UNIQUE ("certification_body_id", "assessment_id"),
                CONSTRAINT "ck_assessment_recommendations_overall" CHECK ("overall" IN ('K', 'BK')),
                CONSTRAINT "PK_8e6e8c6246117dc63f04bd5c322" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "self_assessments" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "application_id" uuid NOT NULL,
                "candidate_user_id" uuid NOT NULL,
                "scheme_version_id" uuid NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_self_assessments_application" UNIQUE ("certification_body_id", "application_id"),
                CONSTRAINT "ck_self_assessments_status" CHECK ("status" IN ('draft', 'submitted')),
                CONSTRAINT "PK_d5ed2513e63c57e0745e98c5f99" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "scheme_questions" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_version_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "kind" character varying(40) NOT NULL,
                "dimension" character varying(40) NOT NULL,
                "text" text NOT NULL,
                "options" jsonb NOT NULL DEFAULT '[]',
                "answer_key" character varying(10) NOT NULL DEFAULT '',
                "expected_answer" text NOT NULL DEFAULT '',
                "criterion_ids" uuid array NOT NULL,
                CONSTRAINT "PK_f90359f7df005e629eb58537812" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_scheme_questions_version" ON "scheme_questions" (
                "certification_body_id",
                "scheme_version_id",
                "position"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "scheme_units" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_version_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "code" character varying(60) NOT NULL,
                "title_id" character varying(300) NOT NULL,
                "title_en" character varying(300) NOT NULL DEFAULT '',
                "group_name" character varying(120) NOT NULL DEFAULT '',
                "description" text NOT NULL DEFAULT '',
                "range_statement" text NOT NULL DEFAULT '',
                "assessment_guide" text NOT NULL DEFAULT '',
                "critical_aspects" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_5846ef5d1064bccdf0201512f4d" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_scheme_units_version" ON "scheme_units" (
                "certification_body_id",
                "scheme_version_id",
                "position"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "application_requirement_checks" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "review_id" uuid NOT NULL,
                "requirement_index" integer NOT NULL,
                "description" text NOT NULL,
                "present" boolean NOT NULL,
                "meets" boolean NOT NULL,
                "note" text NOT NULL DEFAULT '',
                CONSTRAINT "uq_application_requirement_checks" UNIQUE (
                    "certification_body_id",
                    "review_id",
                    "requirement_index"
                ),
                CONSTRAINT "PK_593b350e1b2210b35a2adffbdae" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "unit_recommendations" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recommendation_id" uuid NOT NULL,
                "assessment_id" uuid NOT NULL,
                "unit_id" uuid NOT NULL,
                "outcome" character varying(2) NOT NULL,
                "evidence_methods" text array NOT NULL,
                "follow_up" text NOT NULL DEFAULT '',
                CONSTRAINT "uq_unit_recommendations_unit" UNIQUE (
                    "certification_body_id",
                    "recommendation_id",
                    "unit_id"
                ),
                CONSTRAINT "ck_unit_recommendations_outcome" CHECK ("outcome" IN ('K', 'BK')),
                CONSTRAINT "PK_e1d14ccad341c5a13e5e2f9a2b5" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "scheme_elements" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_version_id" uuid NOT NULL,
                "unit_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" text NOT NULL,
                CONSTRAINT "PK_3f3ab0f8cc8ac01ce5eb1a65227" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_scheme_elements_version" ON "scheme_elements" ("certification_body_id", "scheme_version_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_scheme_elements_unit" ON "scheme_elements" ("certification_body_id", "unit_id", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "self_assessment_answers" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "self_assessment_id" uuid NOT NULL,
                "element_id" uuid NOT NULL,
                "claim" character varying(2) NOT NULL,
                "portfolio_item_ids" uuid array NOT NULL DEFAULT '{}',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_self_assessment_answers_element" UNIQUE (
                    "certification_body_id",
                    "self_assessment_id",
                    "element_id"
                ),
                CONSTRAINT "ck_self_assessment_answers_claim" CHECK ("claim" IN ('K', 'BK')),
                CONSTRAINT "PK_f5051b713ba1c1683c3e2286aa9" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "self_assessment_reviews" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "self_assessment_id" uuid NOT NULL,
                "assessor_user_id" uuid NOT NULL,
                "can_proceed" boolean NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_8bb7af8245279e22e6abd4f128f" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_self_assessment_reviews_self_assessment" ON "self_assessment_reviews" (
                "certification_body_id",
                "self_assessment_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "performance_criteria" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_version_id" uuid NOT NULL,
                "element_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "number" character varying(20) NOT NULL,
                "text" text NOT NULL,
                CONSTRAINT "PK_83f33662cd61851e6541a86642a" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_performance_criteria_version" ON "performance_criteria" ("certification_body_id", "scheme_version_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_performance_criteria_element" ON "performance_criteria" (
                "certification_body_id",
                "element_id",
                "position"
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_c6c916033dffef3310885c4cd29" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "schemes"
            ADD CONSTRAINT "FK_227064844a6673ee766722946dc" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_versions"
            ADD CONSTRAINT "FK_c7864bb845f7e502ab7835f0b21" FOREIGN KEY ("certification_body_id", "scheme_id") REFERENCES "schemes"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "FK_84d4407ec1db16d60a6f6bc3ea5" FOREIGN KEY ("certification_body_id", "candidate_user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "FK_5af27df6de9081caecd677d17b7" FOREIGN KEY ("certification_body_id", "scheme_version_id") REFERENCES "scheme_versions"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD CONSTRAINT "FK_8a3bbb8890f9021d789e2ff6c9a" FOREIGN KEY ("certification_body_id", "candidate_user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD CONSTRAINT "FK_77a16f9c87f68b76352a7e710fc" FOREIGN KEY ("certification_body_id", "scheme_version_id") REFERENCES "scheme_versions"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD CONSTRAINT "FK_3f40c506ebe6d8a6508ab244bc6" FOREIGN KEY ("certification_body_id", "application_id") REFERENCES "applications"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessor_profiles"
            ADD CONSTRAINT "FK_62f9d61d5662e90b7e4e74c721c" FOREIGN KEY ("certification_body_id", "user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "audit_anchors"
            ADD CONSTRAINT "FK_93050d9dd9a704a3852d80bf968" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evidence_quotas"
            ADD CONSTRAINT "FK_ea9c39b68225954893b1e4d53fe" FOREIGN KEY ("candidate_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evidence_quotas"
            ADD CONSTRAINT "FK_5cc0a901ed00b2c7aa3bf787f67" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "portfolio_items"
            ADD CONSTRAINT "FK_3490c4450515d75bf75afcf1bf1" FOREIGN KEY ("candidate_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "portfolio_items"
            ADD CONSTRAINT "FK_08f84ffc2070bbd6be17f90c162" FOREIGN KEY ("certification_body_id", "previous_version_id") REFERENCES "portfolio_items"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "portfolio_items"
            ADD CONSTRAINT "FK_59d1a38006cc3056b2f3477af57" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "FK_df23d38837247bf326e90ca41a7" FOREIGN KEY ("accepted_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "FK_e686620e08c4661e70a6b39b94a" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "FK_f2d92403bcedac51086e88aee65" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "declared_relationships"
            ADD CONSTRAINT "FK_cf04239b428164349aaf4b0119e" FOREIGN KEY ("declared_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "declared_relationships"
            ADD CONSTRAINT "FK_f6e453f2ea05dfd1d419e953f44" FOREIGN KEY ("certification_body_id", "counterpart_user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "declared_relationships"
            ADD CONSTRAINT "FK_a8863597655fa53fe5a4357c649" FOREIGN KEY ("certification_body_id", "assessor_user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application_events"
            ADD CONSTRAINT "FK_608229914f763d5ff66120643fe" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application_events"
            ADD CONSTRAINT "FK_c29f9cbfccb37d7ef077e1f132a" FOREIGN KEY ("certification_body_id", "application_id") REFERENCES "applications"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application_reviews"
            ADD CONSTRAINT "FK_70ce4da13d74ab7fc0dd6d16f24" FOREIGN KEY ("reviewer_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application_reviews"
            ADD CONSTRAINT "FK_241209df1c3a1dbf24401b8cd15" FOREIGN KEY ("certification_body_id", "application_id") REFERENCES "applications"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_assessors"
            ADD CONSTRAINT "FK_7c0f9b7ee35e4850fe5fe98f751" FOREIGN KEY ("assigned_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_assessors"
            ADD CONSTRAINT "FK_42cf3a0936a7a3be2492057c9bc" FOREIGN KEY ("deactivated_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_assessors"
            ADD CONSTRAINT "FK_5abb433e3e7ad8ed52da2ccaeb5" FOREIGN KEY ("certification_body_id", "assessor_user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_assessors"
            ADD CONSTRAINT "FK_20b0ca055697157528dc8bba5a3" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_events"
            ADD CONSTRAINT "FK_eba576907db21554d5e4dc6d565" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_events"
            ADD CONSTRAINT "FK_fb9f11a509739f098d1264dd738" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_recommendations"
            ADD CONSTRAINT "FK_857f84c00646febe802913edba4" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessments"
            ADD CONSTRAINT "FK_656974328b0e8b5bea426d824ab" FOREIGN KEY ("certification_body_id", "application_id") REFERENCES "applications"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_questions"
            ADD CONSTRAINT "FK_9df908a4e7c2159dd4725ea0bca" FOREIGN KEY ("certification_body_id", "scheme_version_id") REFERENCES "scheme_versions"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_units"
            ADD CONSTRAINT "FK_92f82f84f46c98923138e9cf9e8" FOREIGN KEY ("certification_body_id", "scheme_version_id") REFERENCES "scheme_versions"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application_requirement_checks"
            ADD CONSTRAINT "FK_40ea3e546e39a9af77eab0d2478" FOREIGN KEY ("certification_body_id", "review_id") REFERENCES "application_reviews"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "unit_recommendations"
            ADD CONSTRAINT "FK_06bf5fa86facf2f87168b1927fd" FOREIGN KEY ("certification_body_id", "unit_id") REFERENCES "scheme_units"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "unit_recommendations"
            ADD CONSTRAINT "FK_441e4eb67aa312f8ed957991783" FOREIGN KEY ("certification_body_id", "recommendation_id") REFERENCES "assessment_recommendations"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_elements"
            ADD CONSTRAINT "FK_c1897cc59c067b907cc104a5ede" FOREIGN KEY ("certification_body_id", "unit_id") REFERENCES "scheme_units"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessment_answers"
            ADD CONSTRAINT "FK_cf2fa8eb4da3dd2c0f05c5ccf90" FOREIGN KEY ("certification_body_id", "element_id") REFERENCES "scheme_elements"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessment_answers"
            ADD CONSTRAINT "FK_cf0c08f689db4b4cf7faf807053" FOREIGN KEY ("certification_body_id", "self_assessment_id") REFERENCES "self_assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessment_reviews"
            ADD CONSTRAINT "FK_5a5f3d22cab3bdf609e3c563ddd" FOREIGN KEY ("certification_body_id", "assessor_user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessment_reviews"
            ADD CONSTRAINT "FK_f808f6e1fad34e4333b7f387f00" FOREIGN KEY ("certification_body_id", "self_assessment_id") REFERENCES "self_assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "performance_criteria"
            ADD CONSTRAINT "FK_e68ea1ff9ce9115640b051afb48" FOREIGN KEY ("certification_body_id", "element_id") REFERENCES "scheme_elements"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "performance_criteria" DROP CONSTRAINT "FK_e68ea1ff9ce9115640b051afb48"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessment_reviews" DROP CONSTRAINT "FK_f808f6e1fad34e4333b7f387f00"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessment_reviews" DROP CONSTRAINT "FK_5a5f3d22cab3bdf609e3c563ddd"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessment_answers" DROP CONSTRAINT "FK_cf0c08f689db4b4cf7faf807053"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessment_answers" DROP CONSTRAINT "FK_cf2fa8eb4da3dd2c0f05c5ccf90"
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_elements" DROP CONSTRAINT "FK_c1897cc59c067b907cc104a5ede"
        `);
        await queryRunner.query(`
            ALTER TABLE "unit_recommendations" DROP CONSTRAINT "FK_441e4eb67aa312f8ed957991783"
        `);
        await queryRunner.query(`
            ALTER TABLE "unit_recommendations" DROP CONSTRAINT "FK_06bf5fa86facf2f87168b1927fd"
        `);
        await queryRunner.query(`
            ALTER TABLE "application_requirement_checks" DROP CONSTRAINT "FK_40ea3e546e39a9af77eab0d2478"
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_units" DROP CONSTRAINT "FK_92f82f84f46c98923138e9cf9e8"
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_questions" DROP CONSTRAINT "FK_9df908a4e7c2159dd4725ea0bca"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessments" DROP CONSTRAINT "FK_656974328b0e8b5bea426d824ab"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_recommendations" DROP CONSTRAINT "FK_857f84c00646febe802913edba4"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_events" DROP CONSTRAINT "FK_fb9f11a509739f098d1264dd738"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_events" DROP CONSTRAINT "FK_eba576907db21554d5e4dc6d565"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_assessors" DROP CONSTRAINT "FK_20b0ca055697157528dc8bba5a3"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_assessors" DROP CONSTRAINT "FK_5abb433e3e7ad8ed52da2ccaeb5"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_assessors" DROP CONSTRAINT "FK_42cf3a0936a7a3be2492057c9bc"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_assessors" DROP CONSTRAINT "FK_7c0f9b7ee35e4850fe5fe98f751"
        `);
        await queryRunner.query(`
            ALTER TABLE "application_reviews" DROP CONSTRAINT "FK_241209df1c3a1dbf24401b8cd15"
        `);
        await queryRunner.query(`
            ALTER TABLE "application_reviews" DROP CONSTRAINT "FK_70ce4da13d74ab7fc0dd6d16f24"
        `);
        await queryRunner.query(`
            ALTER TABLE "application_events" DROP CONSTRAINT "FK_c29f9cbfccb37d7ef077e1f132a"
        `);
        await queryRunner.query(`
            ALTER TABLE "application_events" DROP CONSTRAINT "FK_608229914f763d5ff66120643fe"
        `);
        await queryRunner.query(`
            ALTER TABLE "declared_relationships" DROP CONSTRAINT "FK_a8863597655fa53fe5a4357c649"
        `);
        await queryRunner.query(`
            ALTER TABLE "declared_relationships" DROP CONSTRAINT "FK_f6e453f2ea05dfd1d419e953f44"
        `);
        await queryRunner.query(`
            ALTER TABLE "declared_relationships" DROP CONSTRAINT "FK_cf04239b428164349aaf4b0119e"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "FK_f2d92403bcedac51086e88aee65"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "FK_e686620e08c4661e70a6b39b94a"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "FK_df23d38837247bf326e90ca41a7"
        `);
        await queryRunner.query(`
            ALTER TABLE "portfolio_items" DROP CONSTRAINT "FK_59d1a38006cc3056b2f3477af57"
        `);
        await queryRunner.query(`
            ALTER TABLE "portfolio_items" DROP CONSTRAINT "FK_08f84ffc2070bbd6be17f90c162"
        `);
        await queryRunner.query(`
            ALTER TABLE "portfolio_items" DROP CONSTRAINT "FK_3490c4450515d75bf75afcf1bf1"
        `);
        await queryRunner.query(`
            ALTER TABLE "evidence_quotas" DROP CONSTRAINT "FK_5cc0a901ed00b2c7aa3bf787f67"
        `);
        await queryRunner.query(`
            ALTER TABLE "evidence_quotas" DROP CONSTRAINT "FK_ea9c39b68225954893b1e4d53fe"
        `);
        await queryRunner.query(`
            ALTER TABLE "audit_anchors" DROP CONSTRAINT "FK_93050d9dd9a704a3852d80bf968"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessor_profiles" DROP CONSTRAINT "FK_62f9d61d5662e90b7e4e74c721c"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments" DROP CONSTRAINT "FK_3f40c506ebe6d8a6508ab244bc6"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments" DROP CONSTRAINT "FK_77a16f9c87f68b76352a7e710fc"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments" DROP CONSTRAINT "FK_8a3bbb8890f9021d789e2ff6c9a"
        `);
        await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "FK_5af27df6de9081caecd677d17b7"
        `);
        await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "FK_84d4407ec1db16d60a6f6bc3ea5"
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_versions" DROP CONSTRAINT "FK_c7864bb845f7e502ab7835f0b21"
        `);
        await queryRunner.query(`
            ALTER TABLE "schemes" DROP CONSTRAINT "FK_227064844a6673ee766722946dc"
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_c6c916033dffef3310885c4cd29"
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_performance_criteria_element"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_performance_criteria_version"
        `);
        await queryRunner.query(`
            DROP TABLE "performance_criteria"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_self_assessment_reviews_self_assessment"
        `);
        await queryRunner.query(`
            DROP TABLE "self_assessment_reviews"
        `);
        await queryRunner.query(`
            DROP TABLE "self_assessment_answers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_scheme_elements_unit"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_scheme_elements_version"
        `);
        await queryRunner.query(`
            DROP TABLE "scheme_elements"
        `);
        await queryRunner.query(`
            DROP TABLE "unit_recommendations"
        `);
        await queryRunner.query(`
            DROP TABLE "application_requirement_checks"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_scheme_units_version"
        `);
        await queryRunner.query(`
            DROP TABLE "scheme_units"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_scheme_questions_version"
        `);
        await queryRunner.query(`
            DROP TABLE "scheme_questions"
        `);
        await queryRunner.query(`
            DROP TABLE "self_assessments"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_recommendations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessment_events_assessment"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessment_assessors_assessment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessment_assessors_assessor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_assessment_assessors_active"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_assessment_assessors_one_lead"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_assessors"
        `);
        await queryRunner.query(`
            DROP TABLE "application_reviews"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_application_events_application"
        `);
        await queryRunner.query(`
            DROP TABLE "application_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_declared_relationships_assessor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_declared_relationships_counterpart"
        `);
        await queryRunner.query(`
            DROP TABLE "declared_relationships"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_invitations_token"
        `);
        await queryRunner.query(`
            DROP TABLE "invitations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_portfolio_items_candidate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_portfolio_items_sha256"
        `);
        await queryRunner.query(`
            DROP TABLE "portfolio_items"
        `);
        await queryRunner.query(`
            DROP TABLE "evidence_quotas"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_anchors_body_seq"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_anchors"
        `);
        await queryRunner.query(`
            DROP TABLE "assessor_profiles"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessments_scheduled"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessments_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessments_scheme"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessments_candidate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_assessments_live_attempt"
        `);
        await queryRunner.query(`
            DROP TABLE "assessments"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_applications_candidate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_applications_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_applications_created"
        `);
        await queryRunner.query(`
            DROP TABLE "applications"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_scheme_versions_one_draft"
        `);
        await queryRunner.query(`
            DROP TABLE "scheme_versions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_schemes_body_type_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_schemes_body_status_code"
        `);
        await queryRunner.query(`
            DROP TABLE "schemes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_memberships_user"
        `);
        await queryRunner.query(`
            DROP TABLE "memberships"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_tokens_session"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_auth_sessions_user"
        `);
        await queryRunner.query(`
            DROP TABLE "auth_sessions"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP TABLE "certification_bodies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_entries_entity"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_entries_actor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_entries_time"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_entries"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_chain_heads"
        `);
    }

}
