import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The rest of the accounts lifecycle (issue 14):
 * - `app_user.deactivated_at`: the office has deactivated the account (no sign-in, sessions ended);
 * - `app_user.last_sign_in_at`: shown in the office's account list;
 * - `app_user.locale_chosen`: the user picked the mail language on the account page, so sign-ins
 *   no longer overwrite it with the browser's language;
 * - `account_token` may also carry an e-mail change (the new address, confirmed by its link), and
 *   keeps the language of an invitation's mail, so that a resent invitation speaks it too;
 * - one audit entity type for account writes: entries written as USER are ACCOUNT from now on.
 */
export class AccountLifecycle1764154000000 implements MigrationInterface {
  name = "AccountLifecycle1764154000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "deactivated_at" timestamptz, ADD "last_sign_in_at" timestamptz,
        ADD "locale_chosen" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "account_token_purpose_check"`);
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "account_token_purpose_check"
        CHECK ("purpose" IN ('INVITATION', 'PASSWORD_RESET', 'EMAIL_CHANGE'))`,
    );
    await queryRunner.query(`ALTER TABLE "account_token" ADD "locale" varchar(2)`);
    await queryRunner.query(`UPDATE "audit_entry" SET "entity_type" = 'ACCOUNT' WHERE "entity_type" = 'USER'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "account_token" WHERE "purpose" = 'EMAIL_CHANGE'`);
    await queryRunner.query(`ALTER TABLE "account_token" DROP COLUMN "locale"`);
    await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "account_token_purpose_check"`);
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "account_token_purpose_check"
        CHECK ("purpose" IN ('INVITATION', 'PASSWORD_RESET'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP COLUMN "locale_chosen", DROP COLUMN "last_sign_in_at", DROP COLUMN "deactivated_at"`,
    );
  }
}
