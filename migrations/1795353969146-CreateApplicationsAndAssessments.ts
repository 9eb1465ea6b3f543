import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateApplicationsAndAssessments1795353969146 implements MigrationInterface {
    name = 'CreateApplicationsAndAssessments1795353969146'

    public async up(queryRunner: QueryRunner): Promise<void> {
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
            ALTER TABLE "self_assessments"
            ADD CONSTRAINT "FK_656974328b0e8b5bea426d824ab" FOREIGN KEY ("certification_body_id", "application_id") REFERENCES "applications"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application_requirement_checks"
            ADD CONSTRAINT "FK_40ea3e546e39a9af77eab0d2478" FOREIGN KEY ("certification_body_id", "review_id") REFERENCES "application_reviews"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
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
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
            ALTER TABLE "application_requirement_checks" DROP CONSTRAINT "FK_40ea3e546e39a9af77eab0d2478"
        `);
        await queryRunner.query(`
            ALTER TABLE "self_assessments" DROP CONSTRAINT "FK_656974328b0e8b5bea426d824ab"
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
            DROP INDEX "public"."ix_self_assessment_reviews_self_assessment"
        `);
        await queryRunner.query(`
            DROP TABLE "self_assessment_reviews"
        `);
        await queryRunner.query(`
            DROP TABLE "self_assessment_answers"
        `);
        await queryRunner.query(`
            DROP TABLE "application_requirement_checks"
        `);
        await queryRunner.query(`
            DROP TABLE "self_assessments"
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
    }

}
