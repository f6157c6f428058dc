import type { MigrationInterface, QueryRunner } from "typeorm";

/** An application's budget split per participating organisation (issue 12): funder's share and own contribution. */
export class ApplicationBudgetShares1764151000000 implements MigrationInterface {
  name = "ApplicationBudgetShares1764151000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_budget_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "tandem_id" uuid, "funder_share" numeric(14,2) NOT NULL, "own_contribution" numeric(14,2) NOT NULL DEFAULT '0', "position" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_application_budget_share_amounts" CHECK ("funder_share" >= 0 AND "own_contribution" >= 0), CONSTRAINT "PK_049187a063e3a2779e555477384" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cf44015ad36b6e8cfaa8ea58db" ON "application_budget_share"  ("application_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a875422fcafdeeadc1a3800ef2" ON "application_budget_share"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7a9ed0504373002706e5d05276" ON "application_budget_share"  ("tandem_id") `,
    );
    // One row per organisation and tandem; a share without a tandem counts as one value, not as distinct NULLs.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_application_budget_share_unique" ON "application_budget_share" ("application_id", "organisation_id", COALESCE("tandem_id", '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_budget_share" ADD CONSTRAINT "FK_cf44015ad36b6e8cfaa8ea58db7" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_budget_share" ADD CONSTRAINT "FK_a875422fcafdeeadc1a3800ef20" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_budget_share" ADD CONSTRAINT "FK_7a9ed0504373002706e5d05276f" FOREIGN KEY ("tandem_id") REFERENCES "application_tandem"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "application_budget_share"`);
  }
}
