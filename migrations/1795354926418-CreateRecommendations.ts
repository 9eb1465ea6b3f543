import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateRecommendations1795354926418 implements MigrationInterface {
    name = 'CreateRecommendations1795354926418'

    public async up(queryRunner: QueryRunner): Promise<void> {
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
            ALTER TABLE "assessment_recommendations"
            ADD CONSTRAINT "FK_857f84c00646febe802913edba4" FOREIGN KEY ("certification_body_id", "assessment_id") REFERENCES "assessments"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "unit_recommendations"
            ADD CONSTRAINT "FK_06bf5fa86facf2f87168b1927fd" FOREIGN KEY ("certification_body_id", "unit_id") REFERENCES "scheme_units"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "unit_recommendations"
            ADD CONSTRAINT "FK_441e4eb67aa312f8ed957991783" FOREIGN KEY ("certification_body_id", "recommendation_id") REFERENCES "assessment_recommendations"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "unit_recommendations" DROP CONSTRAINT "FK_441e4eb67aa312f8ed957991783"
        `);
        await queryRunner.query(`
            ALTER TABLE "unit_recommendations" DROP CONSTRAINT "FK_06bf5fa86facf2f87168b1927fd"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_recommendations" DROP CONSTRAINT "FK_857f84c00646febe802913edba4"
        `);
        await queryRunner.query(`
            DROP TABLE "unit_recommendations"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_recommendations"
        `);
    }

}
