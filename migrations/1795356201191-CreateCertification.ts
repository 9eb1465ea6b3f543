import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateCertification1795356201191 implements MigrationInterface {
    name = 'CreateCertification1795356201191'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "certificate_number_counters" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "year" integer NOT NULL,
                "last_value" integer NOT NULL,
                CONSTRAINT "uq_certificate_number_counters_year" UNIQUE ("certification_body_id", "year"),
                CONSTRAINT "PK_c81fe44fe4aab70653841d2e0d6" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "complaints" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "subject_type" character varying(30) NOT NULL,
                "subject_reference" character varying(200) NOT NULL DEFAULT '',
                "description" text NOT NULL,
                "contact_name" character varying(200) NOT NULL,
                "contact_email" character varying(254) NOT NULL,
                "contact_phone" character varying(30) NOT NULL DEFAULT '',
                "channel" character varying(20) NOT NULL,
                "filed_by_user_id" uuid,
                "status" character varying(20) NOT NULL DEFAULT 'received',
                "outcome" text NOT NULL DEFAULT '',
                "corrective_action" text NOT NULL DEFAULT '',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_complaints_channel" CHECK ("channel" IN ('signed_in', 'public')),
                CONSTRAINT "ck_complaints_subject" CHECK (
                    "subject_type" IN ('body', 'assessor', 'certificate_holder')
                ),
                CONSTRAINT "ck_complaints_status" CHECK (
                    "status" IN (
                        'received',
                        'triaged',
                        'investigating',
                        'resolved',
                        'closed'
                    )
                ),
                CONSTRAINT "PK_ef430f4f26da96d6ae646f1154e" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_complaints_status" ON "complaints" (
                "certification_body_id",
                "status",
                "created_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "complaint_events" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "complaint_id" uuid NOT NULL,
                "action" character varying(20) NOT NULL,
                "from_status" character varying(20),
                "to_status" character varying(20) NOT NULL,
                "actor_user_id" uuid,
                "notes" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_832770f001578a343268a615806" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_complaint_events_complaint" ON "complaint_events" (
                "certification_body_id",
                "complaint_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "issued_documents" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "kind" character varying(30) NOT NULL,
                "subject_type" character varying(30) NOT NULL,
                "subject_id" uuid NOT NULL,
                "holder_user_id" uuid NOT NULL,
                "sha256" character(64) NOT NULL,
                "size" integer NOT NULL,
                "rendered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "job" jsonb NOT NULL,
                CONSTRAINT "ck_issued_documents_kind" CHECK (
                    "kind" IN (
                        'assessment-record',
                        'decision-letter',
                        'certificate'
                    )
                ),
                CONSTRAINT "PK_3f095eb5222c460fec8a6d3a74d" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_issued_documents_subject_kind" ON "issued_documents" ("certification_body_id", "subject_id", "kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_issued_documents_subject" ON "issued_documents" ("certification_body_id", "subject_id", "kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_issued_documents_sha256" ON "issued_documents" ("sha256")
        `);
        await queryRunner.query(`
            CREATE TABLE "certification_decisions" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "application_id" uuid NOT NULL,
                "candidate_user_id" uuid NOT NULL,
                "outcome" character varying(2) NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                "bk_unit_ids" uuid array NOT NULL DEFAULT '{}',
                "follow_up" text NOT NULL DEFAULT '',
                "decided_by_user_id" uuid NOT NULL,
                "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reassessment_granted_by_appeal_id" uuid,
                CONSTRAINT "uq_certification_decisions_assessment" UNIQUE ("certification_body_id", "assessment_id"),
                CONSTRAINT "ck_certification_decisions_outcome" CHECK ("outcome" IN ('K', 'BK')),
                CONSTRAINT "PK_7cf8e2905058411eb34d4b2d0d9" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certification_decisions_candidate" ON "certification_decisions" (
                "certification_body_id",
                "candidate_user_id",
                "decided_at"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "appeals" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decision_id" uuid NOT NULL,
                "assessment_id" uuid NOT NULL,
                "appellant_user_id" uuid NOT NULL,
                "process_explained" boolean NOT NULL,
                "discussed_with_assessor" boolean NOT NULL,
                "involves_other_person" boolean NOT NULL,
                "reasons" text NOT NULL,
                "status" character varying(30) NOT NULL DEFAULT 'filed',
                "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "resolution_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "resolution_notes" text NOT NULL DEFAULT '',
                "resolved_by_user_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_appeals_decision" UNIQUE ("certification_body_id", "decision_id"),
                CONSTRAINT "ck_appeals_status" CHECK (
                    "status" IN (
                        'filed',
                        'panel_appointed',
                        'upheld',
                        'reassessment_granted'
                    )
                ),
                CONSTRAINT "PK_5752424d4e12a983b10a39685d9" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_appeals_appellant" ON "appeals" (
                "certification_body_id",
                "appellant_user_id",
                "filed_at"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_appeals_due" ON "appeals" (
                "certification_body_id",
                "status",
                "resolution_due_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "certificates" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decision_id" uuid NOT NULL,
                "assessment_id" uuid NOT NULL,
                "application_id" uuid NOT NULL,
                "certificate_number" character varying(100) NOT NULL,
                "registration_number" character varying(100) NOT NULL,
                "holder_user_id" uuid NOT NULL,
                "holder_name" character varying(200) NOT NULL,
                "holder_national_id" character varying(16),
                "scheme_id" uuid NOT NULL,
                "scheme_version_id" uuid NOT NULL,
                "scheme_code" character varying(100) NOT NULL,
                "scheme_title_id" character varying(300) NOT NULL,
                "scheme_title_en" character varying(300) NOT NULL,
                "units" jsonb NOT NULL,
                "issued_on" date NOT NULL,
                "expires_on" date NOT NULL,
                "surveillance_due_dates" date array NOT NULL,
                "next_surveillance_on" date,
                "status" character varying(20) NOT NULL DEFAULT 'active',
                "verification_code" character varying(64) NOT NULL,
                "verification_count" bigint NOT NULL DEFAULT '0',
                "renews_certificate_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_certificates_verification_code" UNIQUE ("certification_body_id", "verification_code"),
                CONSTRAINT "uq_certificates_decision" UNIQUE ("certification_body_id", "decision_id"),
                CONSTRAINT "uq_certificates_number" UNIQUE ("certification_body_id", "certificate_number"),
                CONSTRAINT "ck_certificates_dates" CHECK ("expires_on" > "issued_on"),
                CONSTRAINT "ck_certificates_status" CHECK ("status" IN ('active', 'suspended', 'withdrawn')),
                CONSTRAINT "PK_13a9c48854910f5b18c3307f4a4" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certificates_holder" ON "certificates" (
                "certification_body_id",
                "holder_user_id",
                "issued_on"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certificates_next_surveillance" ON "certificates" (
                "certification_body_id",
                "next_surveillance_on",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certificates_expiry" ON "certificates" ("certification_body_id", "expires_on", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certificates_number_lookup" ON "certificates" ("certificate_number")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certificates_verification_code" ON "certificates" ("verification_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "appeal_events" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "appeal_id" uuid NOT NULL,
                "action" character varying(30) NOT NULL,
                "from_status" character varying(30),
                "to_status" character varying(30) NOT NULL,
                "actor_user_id" uuid NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_5c69400fb0dbed5fb2930cf1a39" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_appeal_events_appeal" ON "appeal_events" (
                "certification_body_id",
                "appeal_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "appeal_panel_members" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "appeal_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "appointed_by_user_id" uuid NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                CONSTRAINT "PK_dc1b04f15b8e4d39000dabfc159" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_appeal_panel_members_user" ON "appeal_panel_members" ("certification_body_id", "user_id", "active")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_appeal_panel_members_active" ON "appeal_panel_members" ("certification_body_id", "appeal_id", "user_id")
            WHERE "active"
        `);
        await queryRunner.query(`
            CREATE TABLE "certificate_status_changes" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "certificate_id" uuid NOT NULL,
                "action" character varying(20) NOT NULL,
                "from_status" character varying(20),
                "to_status" character varying(20) NOT NULL,
                "reason" text NOT NULL DEFAULT '',
                "actor_user_id" uuid NOT NULL,
                CONSTRAINT "PK_f97cecd3328ee734bd70d3b6ae8" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certificate_status_changes_certificate" ON "certificate_status_changes" (
                "certification_body_id",
                "certificate_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD "previous_assessment_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD "reassessed_unit_ids" uuid array
        `);
        await queryRunner.query(`
            ALTER TABLE "complaint_events"
            ADD CONSTRAINT "FK_589916ed208b3ea2f6e243ff8e5" FOREIGN KEY ("certification_body_id", "complaint_id") REFERENCES "complaints"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certification_decisions"
            ADD CONSTRAINT "FK_cc4319d870d51917b8416812c38" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appeals"
            ADD CONSTRAINT "FK_357b697fff302c3ccda0beb5eef" FOREIGN KEY ("certification_body_id", "decision_id") REFERENCES "certification_decisions"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates"
            ADD CONSTRAINT "FK_3a2e501cc95e89e8f7cbb9e7d33" FOREIGN KEY ("certification_body_id", "decision_id") REFERENCES "certification_decisions"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appeal_events"
            ADD CONSTRAINT "FK_dab06d1550428df8c12db42b620" FOREIGN KEY ("certification_body_id", "appeal_id") REFERENCES "appeals"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appeal_panel_members"
            ADD CONSTRAINT "FK_1c5f60bff3ef60f574103204470" FOREIGN KEY ("certification_body_id", "user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appeal_panel_members"
            ADD CONSTRAINT "FK_0c3fee95cba11f770c98f0faabb" FOREIGN KEY ("certification_body_id", "appeal_id") REFERENCES "appeals"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_status_changes"
            ADD CONSTRAINT "FK_6c35c6752b56299e062f9c887e4" FOREIGN KEY ("certification_body_id", "certificate_id") REFERENCES "certificates"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "certificate_status_changes" DROP CONSTRAINT "FK_6c35c6752b56299e062f9c887e4"
        `);
        await queryRunner.query(`
            ALTER TABLE "appeal_panel_members" DROP CONSTRAINT "FK_0c3fee95cba11f770c98f0faabb"
        `);
        await queryRunner.query(`
            ALTER TABLE "appeal_panel_members" DROP CONSTRAINT "FK_1c5f60bff3ef60f574103204470"
        `);
        await queryRunner.query(`
            ALTER TABLE "appeal_events" DROP CONSTRAINT "FK_dab06d1550428df8c12db42b620"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates" DROP CONSTRAINT "FK_3a2e501cc95e89e8f7cbb9e7d33"
        `);
        await queryRunner.query(`
            ALTER TABLE "appeals" DROP CONSTRAINT "FK_357b697fff302c3ccda0beb5eef"
        `);
        await queryRunner.query(`
            ALTER TABLE "certification_decisions" DROP CONSTRAINT "FK_cc4319d870d51917b8416812c38"
        `);
        await queryRunner.query(`
            ALTER TABLE "complaint_events" DROP CONSTRAINT "FK_589916ed208b3ea2f6e243ff8e5"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments" DROP COLUMN "reassessed_unit_ids"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessments" DROP COLUMN "previous_assessment_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certificate_status_changes_certificate"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_status_changes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_appeal_panel_members_active"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_appeal_panel_members_user"
        `);
        await queryRunner.query(`
            DROP TABLE "appeal_panel_members"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_appeal_events_appeal"
        `);
        await queryRunner.query(`
            DROP TABLE "appeal_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certificates_verification_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certificates_number_lookup"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certificates_expiry"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certificates_next_surveillance"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certificates_holder"
        `);
        await queryRunner.query(`
            DROP TABLE "certificates"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_appeals_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_appeals_appellant"
        `);
        await queryRunner.query(`
            DROP TABLE "appeals"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certification_decisions_candidate"
        `);
        await queryRunner.query(`
            DROP TABLE "certification_decisions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_issued_documents_sha256"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_issued_documents_subject"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_issued_documents_subject_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "issued_documents"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_complaint_events_complaint"
        `);
        await queryRunner.query(`
            DROP TABLE "complaint_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_complaints_status"
        `);
        await queryRunner.query(`
            DROP TABLE "complaints"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_number_counters"
        `);
    }

}
