import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateAssessmentWorkflow1795355303130 implements MigrationInterface {
    name = 'CreateAssessmentWorkflow1795355303130'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "code_of_ethics_versions" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                "items" jsonb NOT NULL,
                "published_by_user_id" uuid,
                CONSTRAINT "uq_code_of_ethics_versions_version" UNIQUE ("certification_body_id", "version"),
                CONSTRAINT "PK_77c5456f18607dcb64dc0960d25" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_plans" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "candidate_potential" smallint NOT NULL,
                "purpose" character varying(20) NOT NULL,
                "context" jsonb NOT NULL,
                "criteria" jsonb NOT NULL,
                "reasonable_adjustment" jsonb,
                "created_by_user_id" uuid NOT NULL,
                CONSTRAINT "uq_assessment_plans_version" UNIQUE (
                    "certification_body_id",
                    "assessment_id",
                    "version"
                ),
                CONSTRAINT "ck_assessment_plans_potential" CHECK (
                    "candidate_potential" BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_cd3628b4efa8519977e8de9eb2b" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "consent_confirmations" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "party" character varying(10) NOT NULL,
                "user_id" uuid NOT NULL,
                "terms" jsonb NOT NULL,
                CONSTRAINT "uq_consent_confirmations_party" UNIQUE (
                    "certification_body_id",
                    "assessment_id",
                    "party"
                ),
                CONSTRAINT "ck_consent_confirmations_party" CHECK ("party" IN ('candidate', 'assessor')),
                CONSTRAINT "PK_d71347e6d7eeb34f1d326d6965a" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "ethics_affirmations" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "assessment_assessor_id" uuid NOT NULL,
                "assessor_user_id" uuid NOT NULL,
                "code_version_id" uuid NOT NULL,
                "code_version" integer NOT NULL,
                "answers" jsonb NOT NULL,
                "relationship" character varying(30) NOT NULL,
                "relationship_detail" text NOT NULL DEFAULT '',
                "gifts_accepted" boolean NOT NULL,
                CONSTRAINT "ck_ethics_affirmations_relationship" CHECK (
                    "relationship" IN (
                        'none',
                        'family',
                        'employer_subordinate',
                        'trainer_trainee',
                        'business',
                        'other'
                    )
                ),
                CONSTRAINT "PK_68873673b7cf00e080152abb349" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_ethics_affirmations_assessment" ON "ethics_affirmations" ("certification_body_id", "assessment_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_ethics_affirmations_assignment" ON "ethics_affirmations" (
                "certification_body_id",
                "assessment_assessor_id"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_feedback" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "candidate_user_id" uuid NOT NULL,
                "answers" jsonb NOT NULL,
                "comments" text NOT NULL DEFAULT '',
                CONSTRAINT "uq_assessment_feedback_assessment" UNIQUE ("certification_body_id", "assessment_id"),
                CONSTRAINT "PK_53021188eb086dcd33c823ff32f" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_evidence_records" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "kind" character varying(30) NOT NULL,
                "criterion_ids" uuid array NOT NULL,
                "satisfied" boolean NOT NULL,
                "further_assessment" text NOT NULL DEFAULT '',
                "portfolio_item_id" uuid,
                "question_id" uuid,
                "details" jsonb NOT NULL,
                "recorded_by_user_id" uuid NOT NULL,
                "supersedes_id" uuid,
                CONSTRAINT "ck_assessment_evidence_records_item" CHECK (
                    ("kind" = 'portfolio_verification') = ("portfolio_item_id" IS NOT NULL)
                ),
                CONSTRAINT "ck_assessment_evidence_records_kind" CHECK (
                    "kind" IN (
                        'observation',
                        'questioning',
                        'portfolio_verification'
                    )
                ),
                CONSTRAINT "PK_1dd1e0aa9ced571ede17d1c8878" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_assessment_evidence_records_supersedes" ON "assessment_evidence_records" ("certification_body_id", "supersedes_id")
            WHERE "supersedes_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessment_evidence_records_assessment" ON "assessment_evidence_records" (
                "certification_body_id",
                "assessment_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "code_of_ethics_versions"
            ADD CONSTRAINT "FK_40f4157884c0b0b5573403de679" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_plans"
            ADD CONSTRAINT "FK_ac52e2a586e4167dfcc8a2b0cc1" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consent_confirmations"
            ADD CONSTRAINT "FK_b05437f8052313eb8e6a2577025" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consent_confirmations"
            ADD CONSTRAINT "FK_934b387d2360d0e8d50f16ed735" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ethics_affirmations"
            ADD CONSTRAINT "FK_8b7122a120d09d1874b0f89af80" FOREIGN KEY ("certification_body_id", "code_version_id") REFERENCES "code_of_ethics_versions"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ethics_affirmations"
            ADD CONSTRAINT "FK_72e577a582e7389e94503dcfb43" FOREIGN KEY (
                    "certification_body_id",
                    "assessment_assessor_id"
                ) REFERENCES "assessment_assessors"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ethics_affirmations"
            ADD CONSTRAINT "FK_7047446a0c6f53193895756f2db" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_feedback"
            ADD CONSTRAINT "FK_14b0ccaed8ae1804dfa0ceb3ff2" FOREIGN KEY ("candidate_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_feedback"
            ADD CONSTRAINT "FK_fd78f4e0912e9b69455805af9af" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_evidence_records"
            ADD CONSTRAINT "FK_50a036369bbdb93d800c2c6a876" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_evidence_records"
            ADD CONSTRAINT "FK_77814a7c9d63570251262549e35" FOREIGN KEY ("certification_body_id", "supersedes_id") REFERENCES "assessment_evidence_records"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_evidence_records"
            ADD CONSTRAINT "FK_9245ec46330e175a6831e581bec" FOREIGN KEY ("certification_body_id", "portfolio_item_id") REFERENCES "portfolio_items"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_evidence_records"
            ADD CONSTRAINT "FK_2039860fc10c2efe0d64a3dd622" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "assessment_evidence_records" DROP CONSTRAINT "FK_2039860fc10c2efe0d64a3dd622"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_evidence_records" DROP CONSTRAINT "FK_9245ec46330e175a6831e581bec"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_evidence_records" DROP CONSTRAINT "FK_77814a7c9d63570251262549e35"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_evidence_records" DROP CONSTRAINT "FK_50a036369bbdb93d800c2c6a876"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_feedback" DROP CONSTRAINT "FK_fd78f4e0912e9b69455805af9af"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_feedback" DROP CONSTRAINT "FK_14b0ccaed8ae1804dfa0ceb3ff2"
        `);
        await queryRunner.query(`
            ALTER TABLE "ethics_affirmations" DROP CONSTRAINT "FK_7047446a0c6f53193895756f2db"
        `);
        await queryRunner.query(`
            ALTER TABLE "ethics_affirmations" DROP CONSTRAINT "FK_72e577a582e7389e94503dcfb43"
        `);
        await queryRunner.query(`
            ALTER TABLE "ethics_affirmations" DROP CONSTRAINT "FK_8b7122a120d09d1874b0f89af80"
        `);
        await queryRunner.query(`
            ALTER TABLE "consent_confirmations" DROP CONSTRAINT "FK_934b387d2360d0e8d50f16ed735"
        `);
        await queryRunner.query(`
            ALTER TABLE "consent_confirmations" DROP CONSTRAINT "FK_b05437f8052313eb8e6a2577025"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_plans" DROP CONSTRAINT "FK_ac52e2a586e4167dfcc8a2b0cc1"
        `);
        await queryRunner.query(`
            ALTER TABLE "code_of_ethics_versions" DROP CONSTRAINT "FK_40f4157884c0b0b5573403de679"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessment_evidence_records_assessment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_assessment_evidence_records_supersedes"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_evidence_records"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_feedback"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_ethics_affirmations_assignment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_ethics_affirmations_assessment"
        `);
        await queryRunner.query(`
            DROP TABLE "ethics_affirmations"
        `);
        await queryRunner.query(`
            DROP TABLE "consent_confirmations"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_plans"
        `);
        await queryRunner.query(`
            DROP TABLE "code_of_ethics_versions"
        `);
    }

}
