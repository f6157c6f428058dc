import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every write is audited: entries carry a readable label and the organisations they concern (the
 * log's organisation filter, GIN-indexed), and the log pages newest first over (created_at, id).
 */
export class AuditEverywhere1764142000000 implements MigrationInterface {
  name = "AuditEverywhere1764142000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "entity_label" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "organisation_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_created_id" ON "audit_entry" ("created_at", "id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_entry_organisations" ON "audit_entry" USING gin ("organisation_ids")`,
    );
    // Entries written before: organisations name themselves, relations their two ends.
    await queryRunner.query(
      `UPDATE "audit_entry" a SET "organisation_ids" = ARRAY[a."entity_id"], "entity_label" = coalesce(o."name", '')
         FROM "organisation" o WHERE a."entity_type" = 'ORGANISATION' AND o."id" = a."entity_id"`,
    );
    await queryRunner.query(
      `UPDATE "audit_entry" a SET "organisation_ids" = ARRAY[r."source_id", r."target_id"]
         FROM "relation" r WHERE a."entity_type" = 'RELATION' AND r."id" = a."entity_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_organisations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_created_id"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "organisation_ids"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "entity_label"`);
  }
}
