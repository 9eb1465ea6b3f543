import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateIdentityAndAudit1795352402152 implements MigrationInterface {
    name = 'CreateIdentityAndAudit1795352402152'

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
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
