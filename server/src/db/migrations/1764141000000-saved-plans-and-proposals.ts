import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Saved tandem plans, and office proposals as tandem requests of kind PROPOSAL (note, score and
 * reasons, each side's yes); status CLOSED for requests the platform ends (an organisation at the
 * call's tandem limit), with the reason.
 */
export class SavedPlansAndProposals1764141000000 implements MigrationInterface {
  name = "SavedPlansAndProposals1764141000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_tandem_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "parameters" jsonb NOT NULL, "tandems" jsonb NOT NULL, "total_score" double precision NOT NULL, "minimum_score" double precision, "fingerprint" character(64) NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2c614e3705651efdd4ddb035e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_saved_tandem_plan_call_name" ON "saved_tandem_plan"  ("call_id", "name") `,
    );
    await queryRunner.query(`ALTER TABLE "tandem_request" ADD "kind" text NOT NULL DEFAULT 'REQUEST'`);
    await queryRunner.query(`ALTER TABLE "tandem_request" ADD "office_note" text`);
    await queryRunner.query(`ALTER TABLE "tandem_request" ADD "score" double precision`);
    await queryRunner.query(`ALTER TABLE "tandem_request" ADD "reasons" jsonb`);
    await queryRunner.query(`ALTER TABLE "tandem_request" ADD "migrant_accepted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "tandem_request" ADD "institution_accepted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "tandem_request" ADD "closed_reason" text`);
    await queryRunner.query(`ALTER TABLE "tandem_request" ADD "saved_plan_id" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."tandem_request_status" ADD VALUE 'CLOSED'`);
    await queryRunner.query(`CREATE INDEX "IDX_0262d88459e78f167bdfbece95" ON "tandem_request"  ("saved_plan_id") `);
    await queryRunner.query(
      `ALTER TABLE "saved_tandem_plan" ADD CONSTRAINT "FK_3f70c18bfa2c8310c5a2a1e5fad" FOREIGN KEY ("call_id") REFERENCES "call_for_proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_request" ADD CONSTRAINT "FK_0262d88459e78f167bdfbece957" FOREIGN KEY ("saved_plan_id") REFERENCES "saved_tandem_plan"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tandem_request" DROP CONSTRAINT "FK_0262d88459e78f167bdfbece957"`);
    await queryRunner.query(`ALTER TABLE "saved_tandem_plan" DROP CONSTRAINT "FK_3f70c18bfa2c8310c5a2a1e5fad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0262d88459e78f167bdfbece95"`);
    // PostgreSQL cannot drop an enum value: closed requests become withdrawn, the type is rebuilt.
    await queryRunner.query(`UPDATE "tandem_request" SET "status" = 'WITHDRAWN' WHERE "status" = 'CLOSED'`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tandem_request_one_pending"`);
    await queryRunner.query(`ALTER TABLE "tandem_request" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TYPE "public"."tandem_request_status" RENAME TO "tandem_request_status_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."tandem_request_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_request" ALTER COLUMN "status" TYPE "public"."tandem_request_status" USING "status"::"text"::"public"."tandem_request_status"`,
    );
    await queryRunner.query(`ALTER TABLE "tandem_request" ALTER COLUMN "status" SET DEFAULT 'PENDING'`);
    await queryRunner.query(`DROP TYPE "public"."tandem_request_status_old"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_tandem_request_one_pending" ON "tandem_request"  ("call_id", "migrant_organisation_id", "educational_institution_id") WHERE "status" = 'PENDING'`,
    );
    for (const column of [
      "saved_plan_id",
      "closed_reason",
      "institution_accepted_at",
      "migrant_accepted_at",
      "reasons",
      "score",
      "office_note",
      "kind",
    ])
      await queryRunner.query(`ALTER TABLE "tandem_request" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_saved_tandem_plan_call_name"`);
    await queryRunner.query(`DROP TABLE "saved_tandem_plan"`);
  }
}
