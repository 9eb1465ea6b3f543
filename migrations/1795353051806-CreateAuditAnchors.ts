import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateAuditAnchors1795353051806 implements MigrationInterface {
    name = 'CreateAuditAnchors1795353051806'

    public async up(queryRunner: QueryRunner): Promise<void> {
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
            ALTER TABLE "audit_anchors"
            ADD CONSTRAINT "FK_93050d9dd9a704a3852d80bf968" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "audit_anchors" DROP CONSTRAINT "FK_93050d9dd9a704a3852d80bf968"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_anchors_body_seq"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_anchors"
        `);
    }

}
