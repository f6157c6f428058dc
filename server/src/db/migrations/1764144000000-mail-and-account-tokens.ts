import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * E-mail and the accounts lifecycle (issue 14):
 * - `app_user.locale`: the language mails are written in (set at each sign-in);
 * - `mail_outbox`: one row per mail, written in the transaction of the change that causes it
 *   (transactional outbox); the job queue delivers it and stamps `sent_at`;
 * - `account_token`: invitation and password-reset links, stored as SHA-256 hashes, single use;
 * - `rate_limit`: the sign-in limits (rate-limiter-flexible's PostgreSQL layout), shared by all processes.
 */
export class MailAndAccountTokens1764144000000 implements MigrationInterface {
  name = "MailAndAccountTokens1764144000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locale" varchar(2) NOT NULL DEFAULT 'de'`);
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid,
        "to_address" text NOT NULL,
        "locale" varchar(2) NOT NULL,
        "kind" text NOT NULL,
        "payload" jsonb NOT NULL DEFAULT '{}',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "queued_at" timestamptz,
        "sending_at" timestamptz,
        "sent_at" timestamptz,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        CONSTRAINT "PK_mail_outbox" PRIMARY KEY ("id"),
        CONSTRAINT "FK_mail_outbox_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_mail_outbox_pending" ON "mail_outbox" ("created_at") WHERE "sent_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "purpose" text NOT NULL CHECK ("purpose" IN ('INVITATION', 'PASSWORD_RESET')),
        "token_hash" char(64) NOT NULL,
        "email" text NOT NULL,
        "user_id" uuid,
        "organisation_id" uuid,
        "role" "user_role",
        "display_name" text,
        "created_by" uuid,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_account_token" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_account_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_account_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_account_token_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_account_token_creator" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "rate_limit" ("key" text NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint,
        CONSTRAINT "PK_rate_limit" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locale"`);
  }
}
