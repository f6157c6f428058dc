import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Funding applications: the call they answer, their tandems with budget shares, status history and
 * milestones; a per-user secret for the private deadline calendar.
 */
export class Applications1764135000000 implements MigrationInterface {
  name = "Applications1764135000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_tandem" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "migrant_organisation_id" uuid NOT NULL, "educational_institution_id" uuid NOT NULL, "budget_share" numeric(14,2) NOT NULL, "position" integer NOT NULL DEFAULT '0', "tandem_request_id" uuid, CONSTRAINT "CHK_application_tandem_share" CHECK ("budget_share" >= 0), CONSTRAINT "PK_554838646402def51937506fe58" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eb4f9c49c7c7388cd0d29c72f4" ON "application_tandem"  ("migrant_organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f013ae8041c919f8975dcc14a8" ON "application_tandem"  ("educational_institution_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_application_tandem_pair" ON "application_tandem"  ("application_id", "migrant_organisation_id", "educational_institution_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "from_status" "public"."application_status", "to_status" "public"."application_status" NOT NULL, "user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "comment" text, CONSTRAINT "PK_b09e3364dbddaa6218d352f1c50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_60afa607143dd0765f8a8c5585" ON "application_status_change"  ("application_id", "at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_kind" AS ENUM('INTERNAL_DEADLINE', 'SUBMISSION', 'INTERIM_REPORT', 'FINAL_REPORT', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "kind" "public"."milestone_kind" NOT NULL, "title" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec6769a09ac37bb3ed97f2a425e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_931f6582d99ffb5e910dbb6982" ON "application_milestone"  ("application_id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_41dddbf0b5a2cff5bcb63d6ceb" ON "application_milestone"  ("due_at")`);
    await queryRunner.query(`ALTER TABLE "application" ADD "call_id" uuid`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "calendar_token" text`);
    await queryRunner.query(`CREATE INDEX "IDX_8b70710754e03908e68bd669e5" ON "application"  ("call_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e656dd0f246d9de9a279fa6b4a" ON "app_user"  ("calendar_token")`);
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "FK_8b70710754e03908e68bd669e56" FOREIGN KEY ("call_id") REFERENCES "call_for_proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_tandem" ADD CONSTRAINT "FK_7bad5bc21ecdcce01c99236276d" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_tandem" ADD CONSTRAINT "FK_eb4f9c49c7c7388cd0d29c72f4f" FOREIGN KEY ("migrant_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_tandem" ADD CONSTRAINT "FK_f013ae8041c919f8975dcc14a87" FOREIGN KEY ("educational_institution_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_status_change" ADD CONSTRAINT "FK_dfa7b556c6fb0d1f4a328e9cecb" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_status_change" ADD CONSTRAINT "FK_30433af297346a8c0c2d4a92334" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_milestone" ADD CONSTRAINT "FK_931f6582d99ffb5e910dbb6982b" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_milestone" DROP CONSTRAINT "FK_931f6582d99ffb5e910dbb6982b"`);
    await queryRunner.query(`ALTER TABLE "application_status_change" DROP CONSTRAINT "FK_30433af297346a8c0c2d4a92334"`);
    await queryRunner.query(`ALTER TABLE "application_status_change" DROP CONSTRAINT "FK_dfa7b556c6fb0d1f4a328e9cecb"`);
    await queryRunner.query(`ALTER TABLE "application_tandem" DROP CONSTRAINT "FK_f013ae8041c919f8975dcc14a87"`);
    await queryRunner.query(`ALTER TABLE "application_tandem" DROP CONSTRAINT "FK_eb4f9c49c7c7388cd0d29c72f4f"`);
    await queryRunner.query(`ALTER TABLE "application_tandem" DROP CONSTRAINT "FK_7bad5bc21ecdcce01c99236276d"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "FK_8b70710754e03908e68bd669e56"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e656dd0f246d9de9a279fa6b4a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b70710754e03908e68bd669e5"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "calendar_token"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "call_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_41dddbf0b5a2cff5bcb63d6ceb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_931f6582d99ffb5e910dbb6982"`);
    await queryRunner.query(`DROP TABLE "application_milestone"`);
    await queryRunner.query(`DROP TYPE "public"."milestone_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60afa607143dd0765f8a8c5585"`);
    await queryRunner.query(`DROP TABLE "application_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_application_tandem_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f013ae8041c919f8975dcc14a8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb4f9c49c7c7388cd0d29c72f4"`);
    await queryRunner.query(`DROP TABLE "application_tandem"`);
  }
}
