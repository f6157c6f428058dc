import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Where a call for proposals and a funding programme come from (issue 11): `{ kind, section?, note? }`
 * as on organisations and memberships (network/provenance.ts); `{}` reads as ENTERED, which is what
 * a call the office creates is. Databases seeded before this migration get the sources the seed now
 * writes: the report's four programmes are DOCUMENT, the demo calls (their descriptions start
 * "Illustrativ") ILLUSTRATIVE.
 */
export class CallAndProgrammeSources1764150000000 implements MigrationInterface {
  name = "CallAndProgrammeSources1764150000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call_for_proposals" ADD "provenance" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "funding_programme" ADD "provenance" jsonb NOT NULL DEFAULT '{}'`);
    const bamf = "5.1 Deutsch für den Beruf für Migrantinnen und Migranten (ESF-BAMF-Programm)";
    for (const [key, section] of [
      ["esf-bamf", bamf],
      ["xenos-integration-und-vielfalt", "5.2 „Vielfalt – Inklusion – Perspektiven: ALBuM-VIP“"],
      ["esf-bundesprogramm-bleibeberechtigte-und-fluechtlinge", bamf],
      ["esf-foerderperiode-2014-2020", "6. Ausblick und Perspektiven für die weitere Arbeit"],
    ])
      await queryRunner.query(
        `UPDATE "funding_programme" SET "provenance" = jsonb_build_object('kind', 'DOCUMENT', 'section', $2::text) WHERE "key" = $1`,
        [key, section],
      );
    await queryRunner.query(
      `UPDATE "call_for_proposals" SET "provenance" = '{"kind":"ILLUSTRATIVE"}' WHERE "description" LIKE 'Illustrativ%'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "funding_programme" DROP COLUMN "provenance"`);
    await queryRunner.query(`ALTER TABLE "call_for_proposals" DROP COLUMN "provenance"`);
  }
}
