import type { MigrationInterface, QueryRunner } from "typeorm";

/** An organisation's key in the spreadsheet it came from, so that a re-import finds it again. */
export class OrganisationExternalKey1764146000000 implements MigrationInterface {
  name = "OrganisationExternalKey1764146000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD "external_key" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_organisation_external_key" ON "organisation" ("external_key") WHERE external_key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organisation_external_key"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "external_key"`);
  }
}
