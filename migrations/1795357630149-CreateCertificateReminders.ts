import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateCertificateReminders1795357630149 implements MigrationInterface {
    name = 'CreateCertificateReminders1795357630149'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "certificate_reminders" (
                "certification_body_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "certificate_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "due_on" date NOT NULL,
                CONSTRAINT "uq_certificate_reminders_due" UNIQUE (
                    "certification_body_id",
                    "certificate_id",
                    "kind",
                    "due_on"
                ),
                CONSTRAINT "ck_certificate_reminders_kind" CHECK ("kind" IN ('surveillance', 'expiry')),
                CONSTRAINT "PK_1cf02eca0282a444c04e0309bc6" PRIMARY KEY ("certification_body_id", "id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_reminders"
            ADD CONSTRAINT "FK_a8a8aca48aaa1cfb4449b98cd1b" FOREIGN KEY ("certification_body_id", "certificate_id") REFERENCES "certificates"("certification_body_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "certificate_reminders" DROP CONSTRAINT "FK_a8a8aca48aaa1cfb4449b98cd1b"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_reminders"
        `);
    }

}
