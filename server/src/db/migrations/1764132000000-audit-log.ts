import type { MigrationInterface, QueryRunner } from "typeorm";

/** Audit log: who changed which organisation or relation, with before/after. */
export class AuditLog1764132000000 implements MigrationInterface {
  name = "AuditLog1764132000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_user_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9145793cad0b4c9d2a33a3cc3f" ON "audit_entry"  ("actor_user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_92768797a416e40bbe1d501fd1" ON "audit_entry"  ("created_at")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry"  ("entity_type", "entity_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_92768797a416e40bbe1d501fd1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9145793cad0b4c9d2a33a3cc3f"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
