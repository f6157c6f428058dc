import type { MigrationInterface, QueryRunner } from "typeorm";

/** A call links its documents (guidelines, forms). */
export class CallDocumentLinks1764142100000 implements MigrationInterface {
  name = "CallDocumentLinks1764142100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call_for_proposals" ADD "document_links" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call_for_proposals" DROP COLUMN "document_links"`);
  }
}
