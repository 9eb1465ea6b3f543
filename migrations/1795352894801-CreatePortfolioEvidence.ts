import { MigrationInterface, QueryRunner } from "typeorm";

export class CreatePortfolioEvidence1795352894801 implements MigrationInterface {
    name = 'CreatePortfolioEvidence1795352894801'

    public async up(queryRunner: QueryRunner): Promise<void> {
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
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
    }

}
