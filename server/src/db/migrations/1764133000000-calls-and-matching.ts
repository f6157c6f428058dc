import type { MigrationInterface, QueryRunner } from "typeorm";

/** Calls for proposals, tandem requests, the office's matching rules, notifications; a revision counter for the matching cache. */
export class CallsAndMatching1764133000000 implements MigrationInterface {
  name = "CallsAndMatching1764133000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."call_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "call_for_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "published_on" date, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "funding_starts_on" date, "funding_ends_on" date, "budget_min" numeric(14,2), "budget_max" numeric(14,2), "topic_weights" jsonb NOT NULL DEFAULT '[]', "target_group_keys" text array NOT NULL DEFAULT '{}', "district_keys" text array NOT NULL DEFAULT '{}', "language_keys" text array NOT NULL DEFAULT '{}', "tandems_wanted" integer NOT NULL DEFAULT '1', "max_tandems_per_organisation" integer NOT NULL DEFAULT '1', "eligible_memberships" text array NOT NULL DEFAULT '{ALBUM_PARTNER}', "status" "public"."call_status" NOT NULL DEFAULT 'DRAFT', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14d414384c7bcb2d13bbd20e067" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f292cc26948ac505b01f75c41e" ON "call_for_proposals"  ("programme_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_70c60e3d83e936a35d208a79c5" ON "call_for_proposals"  ("deadline")`);
    await queryRunner.query(`CREATE INDEX "IDX_8be13de55b3d7941579d03f619" ON "call_for_proposals"  ("status")`);
    await queryRunner.query(
      `CREATE TYPE "public"."tandem_request_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "tandem_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "from_organisation_id" uuid NOT NULL, "to_organisation_id" uuid NOT NULL, "migrant_organisation_id" uuid NOT NULL, "educational_institution_id" uuid NOT NULL, "message" text, "response_message" text, "status" "public"."tandem_request_status" NOT NULL DEFAULT 'PENDING', "created_by_user_id" uuid, "responded_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bb45bea745419a6edc234434e2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a6793ada75140cc2647a37c5fc" ON "tandem_request"  ("call_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_54637d010baa96809266e42144" ON "tandem_request"  ("from_organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_426ff3635896e60895deca440f" ON "tandem_request"  ("to_organisation_id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4240f887da256ae58e003ff7c7" ON "tandem_request"  ("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_1adedd422f9d73ef0b22513a36" ON "tandem_request"  ("expires_at")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_tandem_request_one_pending" ON "tandem_request"  ("call_id", "migrant_organisation_id", "educational_institution_id") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid, "organisation_id" uuid NOT NULL, "counterpart_id" uuid, "reason" text NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b207ffae6af41832e5e576ec02e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c48266bd8104ea5c24f84a14dc" ON "matching_rule"  ("call_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_312ce4506eadc43faa3ee906dc" ON "matching_rule"  ("organisation_id")`);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification"  ("user_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_for_proposals" ADD CONSTRAINT "FK_f292cc26948ac505b01f75c41ef" FOREIGN KEY ("programme_id") REFERENCES "funding_programme"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_request" ADD CONSTRAINT "FK_a6793ada75140cc2647a37c5fcc" FOREIGN KEY ("call_id") REFERENCES "call_for_proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_request" ADD CONSTRAINT "FK_54637d010baa96809266e421449" FOREIGN KEY ("from_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_request" ADD CONSTRAINT "FK_426ff3635896e60895deca440fd" FOREIGN KEY ("to_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_request" ADD CONSTRAINT "FK_a4638579cb8607d1566ece6951b" FOREIGN KEY ("migrant_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_request" ADD CONSTRAINT "FK_2797345cd57fe6d633ab59823fa" FOREIGN KEY ("educational_institution_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_rule" ADD CONSTRAINT "FK_c48266bd8104ea5c24f84a14dc0" FOREIGN KEY ("call_id") REFERENCES "call_for_proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_rule" ADD CONSTRAINT "FK_312ce4506eadc43faa3ee906dca" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_rule" ADD CONSTRAINT "FK_0ec07b82152f40a2d8babbfc98b" FOREIGN KEY ("counterpart_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The directory pages by name: an index in that order avoids sorting the whole table per page.
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_directory_order" ON "organisation" (lower("name"), "id") WHERE "archived_at" IS NULL`,
    );
    // Every write that can change a tandem score bumps one counter, so any process can tell
    // whether its cached matching data is still current with a single cheap read.
    await queryRunner.query(`CREATE SEQUENCE "network_revision"`);
    await queryRunner.query(
      `CREATE FUNCTION bump_network_revision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM nextval('network_revision'); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "organisation_bumps_network_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisation" FOR EACH STATEMENT EXECUTE FUNCTION bump_network_revision()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "membership_bumps_network_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "membership" FOR EACH STATEMENT EXECUTE FUNCTION bump_network_revision()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "relation_bumps_network_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "relation" FOR EACH STATEMENT EXECUTE FUNCTION bump_network_revision()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "application_bumps_network_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "application" FOR EACH STATEMENT EXECUTE FUNCTION bump_network_revision()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "application_participant_bumps_network_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "application_participant" FOR EACH STATEMENT EXECUTE FUNCTION bump_network_revision()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tandem_request_bumps_network_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "tandem_request" FOR EACH STATEMENT EXECUTE FUNCTION bump_network_revision()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "matching_rule_bumps_network_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "matching_rule" FOR EACH STATEMENT EXECUTE FUNCTION bump_network_revision()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "call_for_proposals_bumps_network_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "call_for_proposals" FOR EACH STATEMENT EXECUTE FUNCTION bump_network_revision()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "organisation_bumps_network_revision" ON "organisation"`);
    await queryRunner.query(`DROP TRIGGER "membership_bumps_network_revision" ON "membership"`);
    await queryRunner.query(`DROP TRIGGER "relation_bumps_network_revision" ON "relation"`);
    await queryRunner.query(`DROP TRIGGER "application_bumps_network_revision" ON "application"`);
    await queryRunner.query(
      `DROP TRIGGER "application_participant_bumps_network_revision" ON "application_participant"`,
    );
    await queryRunner.query(`DROP TRIGGER "tandem_request_bumps_network_revision" ON "tandem_request"`);
    await queryRunner.query(`DROP TRIGGER "matching_rule_bumps_network_revision" ON "matching_rule"`);
    await queryRunner.query(`DROP TRIGGER "call_for_proposals_bumps_network_revision" ON "call_for_proposals"`);
    await queryRunner.query(`DROP FUNCTION bump_network_revision()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisation_directory_order"`);
    await queryRunner.query(`DROP SEQUENCE "network_revision"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`ALTER TABLE "matching_rule" DROP CONSTRAINT "FK_0ec07b82152f40a2d8babbfc98b"`);
    await queryRunner.query(`ALTER TABLE "matching_rule" DROP CONSTRAINT "FK_312ce4506eadc43faa3ee906dca"`);
    await queryRunner.query(`ALTER TABLE "matching_rule" DROP CONSTRAINT "FK_c48266bd8104ea5c24f84a14dc0"`);
    await queryRunner.query(`ALTER TABLE "tandem_request" DROP CONSTRAINT "FK_2797345cd57fe6d633ab59823fa"`);
    await queryRunner.query(`ALTER TABLE "tandem_request" DROP CONSTRAINT "FK_a4638579cb8607d1566ece6951b"`);
    await queryRunner.query(`ALTER TABLE "tandem_request" DROP CONSTRAINT "FK_426ff3635896e60895deca440fd"`);
    await queryRunner.query(`ALTER TABLE "tandem_request" DROP CONSTRAINT "FK_54637d010baa96809266e421449"`);
    await queryRunner.query(`ALTER TABLE "tandem_request" DROP CONSTRAINT "FK_a6793ada75140cc2647a37c5fcc"`);
    await queryRunner.query(`ALTER TABLE "call_for_proposals" DROP CONSTRAINT "FK_f292cc26948ac505b01f75c41ef"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_312ce4506eadc43faa3ee906dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c48266bd8104ea5c24f84a14dc"`);
    await queryRunner.query(`DROP TABLE "matching_rule"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tandem_request_one_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1adedd422f9d73ef0b22513a36"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4240f887da256ae58e003ff7c7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_426ff3635896e60895deca440f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54637d010baa96809266e42144"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a6793ada75140cc2647a37c5fc"`);
    await queryRunner.query(`DROP TABLE "tandem_request"`);
    await queryRunner.query(`DROP TYPE "public"."tandem_request_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8be13de55b3d7941579d03f619"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70c60e3d83e936a35d208a79c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f292cc26948ac505b01f75c41e"`);
    await queryRunner.query(`DROP TABLE "call_for_proposals"`);
    await queryRunner.query(`DROP TYPE "public"."call_status"`);
  }
}
