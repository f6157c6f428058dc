import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What mail people get and who may see contact persons (issue 14):
 * - `notification_preference`: per user and notification kind, IMMEDIATELY, DAILY_DIGEST or NEVER
 *   (no row: IMMEDIATELY); security mails are not notifications and never listed here;
 * - `notification.digest_pending`: a notification waiting for its user's daily digest mail;
 * - `notification_digest`: one row per user and Berlin day whose digest was written into the
 *   outbox, so a digest job that runs twice sends nothing twice;
 * - `contact_person.companies_consent_at`: next to `consent_given_at` (shown to signed-in members),
 *   the consent to be contacted by companies: without it companies see no e-mail or phone.
 */
export class MailPreferencesAndContactConsent1764155000000 implements MigrationInterface {
  name = "MailPreferencesAndContactConsent1764155000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preference" (
        "user_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "delivery" text NOT NULL CHECK ("delivery" IN ('IMMEDIATELY', 'DAILY_DIGEST', 'NEVER')),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_notification_preference" PRIMARY KEY ("user_id", "kind"),
        CONSTRAINT "FK_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ADD "digest_pending" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_digest_pending" ON "notification" ("user_id", "created_at") WHERE "digest_pending"`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_digest" (
        "user_id" uuid NOT NULL,
        "day" date NOT NULL,
        "notifications" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_notification_digest" PRIMARY KEY ("user_id", "day"),
        CONSTRAINT "FK_notification_digest_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`ALTER TABLE "contact_person" ADD "companies_consent_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact_person" DROP COLUMN "companies_consent_at"`);
    await queryRunner.query(`DROP TABLE "notification_digest"`);
    await queryRunner.query(`DROP INDEX "IDX_notification_digest_pending"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "digest_pending"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
