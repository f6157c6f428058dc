import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * True figures (issue 11): the report's offers apart from projects, the report's headline figures
 * with their source, sources of memberships and relations, and the last day an application's
 * approved amount covers when that is before the end of its period (an amount reported "so far").
 */
export class TrueFigures1764140000000 implements MigrationInterface {
  name = "TrueFigures1764140000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "organisation_ids" uuid array NOT NULL DEFAULT '{}', "target_group_keys" text array NOT NULL DEFAULT '{}', "topic_keys" text array NOT NULL DEFAULT '{}', "starts_on" date, "ends_on" date, "provenance" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_offer_period" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "PK_offer" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_offer_slug" ON "offer" ("slug")`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_organisation_ids" ON "offer" USING gin ("organisation_ids")`);
    await queryRunner.query(
      `CREATE TABLE "reported_figure" ("key" text NOT NULL, "position" integer NOT NULL, "value" numeric(14,2) NOT NULL, "unit" text NOT NULL, "qualifier" text, "from_year" integer, "to_year" integer, "provenance" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "CHK_reported_figure_unit" CHECK ("unit" IN ('EURO', 'PEOPLE', 'ORGANISATIONS', 'PROJECTS')), CONSTRAINT "PK_reported_figure" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "membership" ADD "provenance" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "relation" ADD "source_detail" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "application" ADD "amount_covers_until" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "amount_covers_until"`);
    await queryRunner.query(`ALTER TABLE "relation" DROP COLUMN "source_detail"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "provenance"`);
    await queryRunner.query(`DROP TABLE "reported_figure"`);
    await queryRunner.query(`DROP TABLE "offer"`);
  }
}
