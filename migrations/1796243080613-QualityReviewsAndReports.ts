import { MigrationInterface, QueryRunner } from "typeorm";

export class QualityReviewsAndReports1796243080613 implements MigrationInterface {
    name = 'QualityReviewsAndReports1796243080613'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "quality_samples" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "drawn_by_user_id" uuid NOT NULL,
                "seed" character varying(200) NOT NULL,
                "period_from" date NOT NULL,
                "period_to" date NOT NULL,
                "scheme_id" uuid,
                "stratify_by" text array NOT NULL,
                "requested_size" integer,
                "min_per_assessor" boolean NOT NULL,
                "population_size" integer NOT NULL,
                "purpose" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_f3a895611257c9daac75224bf49" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_quality_samples_created" ON "quality_samples" ("certification_body_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "quality_reviews" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "sample_id" uuid,
                "reviewer_user_id" uuid NOT NULL,
                "principles" jsonb NOT NULL,
                "improvement_recommendations" text NOT NULL DEFAULT '',
                "consistency" jsonb NOT NULL,
                "consistency_recommendations" text NOT NULL DEFAULT '',
                "findings" text NOT NULL DEFAULT '',
                "comments" text NOT NULL DEFAULT '',
                "supersedes_id" uuid,
                "correction_reason" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_bc219d42a6da582e930518bc2c5" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_quality_reviews_supersedes" ON "quality_reviews" ("certification_body_id", "supersedes_id")
            WHERE "supersedes_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_quality_reviews_sample" ON "quality_reviews" (
                "certification_body_id",
                "sample_id",
                "assessment_id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_quality_reviews_assessment" ON "quality_reviews" (
                "certification_body_id",
                "assessment_id",
                "created_at"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "quality_sample_items" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sample_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "assessment_id" uuid NOT NULL,
                "scheme_id" uuid NOT NULL,
                "assessor_user_id" uuid NOT NULL,
                "period" character varying(7) NOT NULL,
                "stratum" character varying(200) NOT NULL,
                "rank" character varying(64) NOT NULL,
                "reason" character varying(20) NOT NULL,
                CONSTRAINT "uq_quality_sample_items_assessment" UNIQUE (
                    "certification_body_id",
                    "sample_id",
                    "assessment_id"
                ),
                CONSTRAINT "ck_quality_sample_items_reason" CHECK ("reason" IN ('allocation', 'min_per_assessor')),
                CONSTRAINT "PK_a5f9f00b9eada4bd0f029ed855a" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certification_decisions_decided" ON "certification_decisions" ("certification_body_id", "decided_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_assessment_feedback_created" ON "assessment_feedback" ("certification_body_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_appeals_filed" ON "appeals" ("certification_body_id", "filed_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_certificates_issued" ON "certificates" ("certification_body_id", "issued_on")
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_samples"
            ADD CONSTRAINT "FK_3de871f320a354dadab988dc959" FOREIGN KEY ("drawn_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_reviews"
            ADD CONSTRAINT "FK_6e78aafd44c742261907a887813" FOREIGN KEY ("reviewer_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_reviews"
            ADD CONSTRAINT "FK_acfcb5e57a228817bfcfafbf9d4" FOREIGN KEY ("certification_body_id", "supersedes_id") REFERENCES "quality_reviews"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_reviews"
            ADD CONSTRAINT "FK_331f592e57c45dbe5ad3b1fc4d1" FOREIGN KEY ("certification_body_id", "sample_id") REFERENCES "quality_samples"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_reviews"
            ADD CONSTRAINT "FK_779aa448932830e83ce46790b2e" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_sample_items"
            ADD CONSTRAINT "FK_989f4278ebd6cae5fe481bd3f7a" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_sample_items"
            ADD CONSTRAINT "FK_574ba0111b8054c68a0ebcb6a90" FOREIGN KEY ("certification_body_id", "sample_id") REFERENCES "quality_samples"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "quality_sample_items" DROP CONSTRAINT "FK_574ba0111b8054c68a0ebcb6a90"
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_sample_items" DROP CONSTRAINT "FK_989f4278ebd6cae5fe481bd3f7a"
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_reviews" DROP CONSTRAINT "FK_779aa448932830e83ce46790b2e"
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_reviews" DROP CONSTRAINT "FK_331f592e57c45dbe5ad3b1fc4d1"
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_reviews" DROP CONSTRAINT "FK_acfcb5e57a228817bfcfafbf9d4"
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_reviews" DROP CONSTRAINT "FK_6e78aafd44c742261907a887813"
        `);
        await queryRunner.query(`
            ALTER TABLE "quality_samples" DROP CONSTRAINT "FK_3de871f320a354dadab988dc959"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certificates_issued"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_appeals_filed"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_assessment_feedback_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_certification_decisions_decided"
        `);
        await queryRunner.query(`
            DROP TABLE "quality_sample_items"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_quality_reviews_assessment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_quality_reviews_sample"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_quality_reviews_supersedes"
        `);
        await queryRunner.query(`
            DROP TABLE "quality_reviews"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_quality_samples_created"
        `);
        await queryRunner.query(`
            DROP TABLE "quality_samples"
        `);
    }

}
