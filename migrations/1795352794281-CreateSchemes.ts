import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateSchemes1795352794281 implements MigrationInterface {
    name = 'CreateSchemes1795352794281'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "schemes" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(100) NOT NULL,
                "title_id" character varying(300) NOT NULL,
                "title_en" character varying(300) NOT NULL DEFAULT '',
                "type" character varying(20) NOT NULL,
                "kkni_level" smallint,
                "sector" character varying(200) NOT NULL DEFAULT '',
                "description" text NOT NULL DEFAULT '',
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "current_version_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_schemes_body_code" UNIQUE ("certification_body_id", "code"),
                CONSTRAINT "PK_2dfe18bb38c60e453fc9a705d1d" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_schemes_body_status_code" ON "schemes" ("certification_body_id", "status", "code", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_schemes_body_type_code" ON "schemes" ("certification_body_id", "type", "code", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "scheme_versions" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "instrument_generation" character varying(10) NOT NULL DEFAULT '2023',
                "certificate_validity_months" integer NOT NULL,
                "surveillance_interval_months" integer NOT NULL DEFAULT '12',
                "requirements" jsonb NOT NULL DEFAULT '[]',
                "note" text NOT NULL DEFAULT '',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "retired_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_scheme_versions_number" UNIQUE ("certification_body_id", "scheme_id", "number"),
                CONSTRAINT "PK_9575f7bdcd04f0617ca408c7314" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_scheme_versions_one_draft" ON "scheme_versions" ("certification_body_id", "scheme_id")
            WHERE "status" = 'draft'
        `);
        await queryRunner.query(`
            CREATE TABLE "scheme_questions" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_version_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "kind" character varying(40) NOT NULL,
                "dimension" character varying(40) NOT NULL,
                "text" text NOT NULL,
                "options" jsonb NOT NULL DEFAULT '[]',
                "answer_key" character varying(10) NOT NULL DEFAULT '',
                "expected_answer" text NOT NULL DEFAULT '',
                "criterion_ids" uuid array NOT NULL,
                CONSTRAINT "PK_f90359f7df005e629eb58537812" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_scheme_questions_version" ON "scheme_questions" (
                "certification_body_id",
                "scheme_version_id",
                "position"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "scheme_units" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_version_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "code" character varying(60) NOT NULL,
                "title_id" character varying(300) NOT NULL,
                "title_en" character varying(300) NOT NULL DEFAULT '',
                "group_name" character varying(120) NOT NULL DEFAULT '',
                "description" text NOT NULL DEFAULT '',
                "range_statement" text NOT NULL DEFAULT '',
                "assessment_guide" text NOT NULL DEFAULT '',
                "critical_aspects" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_5846ef5d1064bccdf0201512f4d" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_scheme_units_version" ON "scheme_units" (
                "certification_body_id",
                "scheme_version_id",
                "position"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "scheme_elements" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_version_id" uuid NOT NULL,
                "unit_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" text NOT NULL,
                CONSTRAINT "PK_3f3ab0f8cc8ac01ce5eb1a65227" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_scheme_elements_version" ON "scheme_elements" ("certification_body_id", "scheme_version_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_scheme_elements_unit" ON "scheme_elements" ("certification_body_id", "unit_id", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "performance_criteria" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scheme_version_id" uuid NOT NULL,
                "element_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "number" character varying(20) NOT NULL,
                "text" text NOT NULL,
                CONSTRAINT "PK_83f33662cd61851e6541a86642a" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_performance_criteria_version" ON "performance_criteria" ("certification_body_id", "scheme_version_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_performance_criteria_element" ON "performance_criteria" (
                "certification_body_id",
                "element_id",
                "position"
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "schemes"
            ADD CONSTRAINT "FK_227064844a6673ee766722946dc" FOREIGN KEY ("certification_body_id") REFERENCES "certification_bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_versions"
            ADD CONSTRAINT "FK_c7864bb845f7e502ab7835f0b21" FOREIGN KEY ("certification_body_id", "scheme_id") REFERENCES "schemes"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_questions"
            ADD CONSTRAINT "FK_9df908a4e7c2159dd4725ea0bca" FOREIGN KEY ("certification_body_id", "scheme_version_id") REFERENCES "scheme_versions"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_units"
            ADD CONSTRAINT "FK_92f82f84f46c98923138e9cf9e8" FOREIGN KEY ("certification_body_id", "scheme_version_id") REFERENCES "scheme_versions"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_elements"
            ADD CONSTRAINT "FK_c1897cc59c067b907cc104a5ede" FOREIGN KEY ("certification_body_id", "unit_id") REFERENCES "scheme_units"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "performance_criteria"
            ADD CONSTRAINT "FK_e68ea1ff9ce9115640b051afb48" FOREIGN KEY ("certification_body_id", "element_id") REFERENCES "scheme_elements"("certification_body_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "performance_criteria" DROP CONSTRAINT "FK_e68ea1ff9ce9115640b051afb48"
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_elements" DROP CONSTRAINT "FK_c1897cc59c067b907cc104a5ede"
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_units" DROP CONSTRAINT "FK_92f82f84f46c98923138e9cf9e8"
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_questions" DROP CONSTRAINT "FK_9df908a4e7c2159dd4725ea0bca"
        `);
        await queryRunner.query(`
            ALTER TABLE "scheme_versions" DROP CONSTRAINT "FK_c7864bb845f7e502ab7835f0b21"
        `);
        await queryRunner.query(`
            ALTER TABLE "schemes" DROP CONSTRAINT "FK_227064844a6673ee766722946dc"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_performance_criteria_element"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_performance_criteria_version"
        `);
        await queryRunner.query(`
            DROP TABLE "performance_criteria"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_scheme_elements_unit"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_scheme_elements_version"
        `);
        await queryRunner.query(`
            DROP TABLE "scheme_elements"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_scheme_units_version"
        `);
        await queryRunner.query(`
            DROP TABLE "scheme_units"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_scheme_questions_version"
        `);
        await queryRunner.query(`
            DROP TABLE "scheme_questions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_scheme_versions_one_draft"
        `);
        await queryRunner.query(`
            DROP TABLE "scheme_versions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_schemes_body_type_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_schemes_body_status_code"
        `);
        await queryRunner.query(`
            DROP TABLE "schemes"
        `);
    }

}
