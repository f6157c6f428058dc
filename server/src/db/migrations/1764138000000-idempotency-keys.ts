import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Answers of mutations sent with an `Idempotency-Key` (graphql/idempotency.ts). A plain table with no
 * entity: only the infrastructure reads it. In the database, not in memory, because several server
 * processes share one PostgreSQL and a retry may reach another one.
 */
export class IdempotencyKeys1764138000000 implements MigrationInterface {
  name = "IdempotencyKeys1764138000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" (
        "user_id" uuid NOT NULL,
        "key" varchar(200) NOT NULL,
        "request_hash" char(64) NOT NULL,
        "status" integer,
        "body" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("user_id", "key"),
        CONSTRAINT "FK_idempotency_key_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_key_created_at" ON "idempotency_key" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
