import type { MigrationInterface, QueryRunner } from "typeorm";

/** Organisations opt in to showing other members which exchanges they take part in (off by default). */
export class ExchangeParticipationOptIn1764136000000 implements MigrationInterface {
  name = "ExchangeParticipationOptIn1764136000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "show_exchange_participation" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "show_exchange_participation"`);
  }
}
