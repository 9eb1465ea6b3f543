import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateInvitationsAssessorProfilesRelationships1795352647195 implements MigrationInterface {
    name = 'CreateInvitationsAssessorProfilesRelationships1795352647195'

    public async up(queryRunner: QueryRunner): Promise<void> {
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
            ALTER TABLE "assessor_profiles"
            ADD CONSTRAINT "FK_62f9d61d5662e90b7e4e74c721c" FOREIGN KEY ("certification_body_id", "user_id") REFERENCES "memberships"("certification_body_id", "user_id") ON DELETE NO ACTION ON UPDATE NO ACTION
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
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
            ALTER TABLE "assessor_profiles" DROP CONSTRAINT "FK_62f9d61d5662e90b7e4e74c721c"
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
            DROP TABLE "assessor_profiles"
        `);
    }

}
