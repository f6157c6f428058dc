import type { MigrationInterface, QueryRunner } from "typeorm";

/** Exchanges (HaDi meetings, ALBuM-Blickwechsel, …) and the organisations' participations with their waitlist order. */
export class Exchanges1764134000000 implements MigrationInterface {
  name = "Exchanges1764134000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."exchange_series" AS ENUM('HADI_MEETING', 'ALBUM_BLICKWECHSEL', 'REFLECTION_MEETING', 'WORKSHOP', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."exchange_visibility" AS ENUM('PUBLIC', 'MEMBERS_ONLY')`);
    await queryRunner.query(`CREATE TYPE "public"."exchange_status" AS ENUM('SCHEDULED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "exchange" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series" "public"."exchange_series" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "topic_keys" text array NOT NULL DEFAULT '{}', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" text NOT NULL DEFAULT '', "capacity" integer NOT NULL, "visibility" "public"."exchange_visibility" NOT NULL DEFAULT 'PUBLIC', "seats_per_organisation" integer, "status" "public"."exchange_status" NOT NULL DEFAULT 'SCHEDULED', "cancelled_at" TIMESTAMP WITH TIME ZONE, "provenance" text NOT NULL DEFAULT 'ENTERED', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_exchange_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "CHK_exchange_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "PK_cbd4568fcb476b57cebd8239895" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_533fcc82c0d7a72397090c184b" ON "exchange"  ("series") `);
    await queryRunner.query(`CREATE INDEX "IDX_321154835a4208680ac434be89" ON "exchange"  ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_b2ec4359284bed8424cb0f347c" ON "exchange"  ("ends_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."exchange_participation_status" AS ENUM('CONFIRMED', 'WAITLISTED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "exchange_participation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "exchange_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "person_name" text, "status" "public"."exchange_participation_status" NOT NULL, "queue_number" integer NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0ae53cef5944841823289f1b94a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bc1dc8adbe7d19316b6b516cd6" ON "exchange_participation"  ("organisation_id") `,
    );
    // Join order per exchange is unique; at most one live (not cancelled) participation per exchange and organisation.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_exchange_participation_queue" ON "exchange_participation"  ("exchange_id", "queue_number") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_exchange_participation_one_active" ON "exchange_participation"  ("exchange_id", "organisation_id") WHERE "status" <> 'CANCELLED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_participation" ADD CONSTRAINT "FK_ffeba38997b439ce9ecddbeeb4d" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_participation" ADD CONSTRAINT "FK_bc1dc8adbe7d19316b6b516cd65" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange_participation" DROP CONSTRAINT "FK_bc1dc8adbe7d19316b6b516cd65"`);
    await queryRunner.query(`ALTER TABLE "exchange_participation" DROP CONSTRAINT "FK_ffeba38997b439ce9ecddbeeb4d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_exchange_participation_one_active"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_exchange_participation_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc1dc8adbe7d19316b6b516cd6"`);
    await queryRunner.query(`DROP TABLE "exchange_participation"`);
    await queryRunner.query(`DROP TYPE "public"."exchange_participation_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b2ec4359284bed8424cb0f347c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_321154835a4208680ac434be89"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_533fcc82c0d7a72397090c184b"`);
    await queryRunner.query(`DROP TABLE "exchange"`);
    await queryRunner.query(`DROP TYPE "public"."exchange_status"`);
    await queryRunner.query(`DROP TYPE "public"."exchange_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."exchange_series"`);
  }
}
