import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateIdempotencyKeys1795357633123 implements MigrationInterface {
    name = 'CreateIdempotencyKeys1795357633123'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "idempotency_keys" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "key" character varying(255) NOT NULL,
                "user_id" uuid NOT NULL,
                "request" character varying(600) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "entity_type" character varying(100) NOT NULL,
                "entity_id" character varying(100) NOT NULL,
                "response_status" integer,
                "response_body" jsonb,
                CONSTRAINT "uq_idempotency_keys_key" UNIQUE ("certification_body_id", "key"),
                CONSTRAINT "PK_d3cb2cbbefa47f6ee6e5f109000" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "idempotency_keys"
        `);
    }

}
