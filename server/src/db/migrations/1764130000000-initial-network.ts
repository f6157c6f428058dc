import type { MigrationInterface, QueryRunner } from "typeorm";

/** The network graph: organisations, memberships, contacts, relations, taxonomies, programmes, projects. */
export class InitialNetwork1764130000000 implements MigrationInterface {
  name = "InitialNetwork1764130000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Typo-tolerant search (similarity, word_similarity) needs trigrams.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TYPE "public"."membership_kind" AS ENUM('ALBUM_PARTNER', 'ALBUM_CANDIDATE', 'ALBUM_FORMER', 'HADI_MEMBER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" "public"."membership_kind" NOT NULL, "since" date, "until" date, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_be659e88cd5ed71eef6d4122aa" ON "membership"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "contact_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "role" text, "email" text, "phone" text, "consent_given_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_12d9c34f76290c4e2ad2aa5e33f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b8e2ceef86801bcb40917da102" ON "contact_person"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('MIGRANT_ORGANISATION', 'EDUCATIONAL_INSTITUTION', 'STRATEGIC_PARTNER', 'COMPANY', 'FUNDER', 'ADMINISTRATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "short_name" text, "kind" "public"."organisation_kind" NOT NULL, "description" text NOT NULL DEFAULT '', "website" text, "street" text, "postal_code" text, "city" text, "district_key" text, "topic_keys" text array NOT NULL DEFAULT '{}', "offer_keys" text array NOT NULL DEFAULT '{}', "need_keys" text array NOT NULL DEFAULT '{}', "target_group_keys" text array NOT NULL DEFAULT '{}', "language_keys" text array NOT NULL DEFAULT '{}', "districts_served_keys" text array NOT NULL DEFAULT '{}', "capacity" integer NOT NULL DEFAULT '3', "provenance" jsonb NOT NULL DEFAULT '{}', "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b800a0efd2f9f19719d0c4d793" ON "organisation"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_497921db8c90b627fe66c106a4" ON "organisation"  ("kind") `);
    await queryRunner.query(
      `CREATE TYPE "public"."relation_type" AS ENUM('COOPERATION', 'STRATEGIC_PARTNERSHIP', 'FUNDING', 'MEMBERSHIP', 'COORDINATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "relation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "target_id" uuid NOT NULL, "type" "public"."relation_type" NOT NULL, "since" date, "until" date, "note" text, "provenance" text NOT NULL DEFAULT 'ILLUSTRATIVE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f241e9a7450751f8703be09c9e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6047f2993d9c281a12ac630b78" ON "relation"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c107cd6b8ba8a388ee0c73cc6" ON "relation"  ("target_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1b5fd181fe266c07d5f5f944c6" ON "relation"  ("source_id", "target_id", "type") `,
    );
    await queryRunner.query(
      `CREATE TABLE "topic" ("key" text NOT NULL, "label_de" text NOT NULL, "label_en" text NOT NULL, CONSTRAINT "PK_4ac1a37c122e88622beccfc65b8" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "target_group" ("key" text NOT NULL, "label_de" text NOT NULL, "label_en" text NOT NULL, CONSTRAINT "PK_84772334b7bb03326f9a0919033" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "district" ("key" text NOT NULL, "label_de" text NOT NULL, "label_en" text NOT NULL, CONSTRAINT "PK_ced4a9ecee0aff54b74b31e4107" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "language" ("key" text NOT NULL, "label_de" text NOT NULL, "label_en" text NOT NULL, CONSTRAINT "PK_ddf569e20bc7b5d196c7254780a" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "funder_ids" uuid array NOT NULL DEFAULT '{}', "starts_on" date, "ends_on" date, CONSTRAINT "PK_37692af48dfd9ca2cf50a8abb6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c8ae2eac5331129a86c3709d82" ON "funding_programme"  ("key") `);
    await queryRunner.query(
      `CREATE TYPE "public"."application_status" AS ENUM('DRAFT', 'IN_PREPARATION', 'SUBMITTED', 'REVISION_REQUESTED', 'APPROVED', 'REJECTED', 'RUNNING', 'COMPLETED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "programme_id" uuid, "funder_ids" uuid array NOT NULL DEFAULT '{}', "lead_organisation_id" uuid NOT NULL, "status" "public"."application_status" NOT NULL, "starts_on" date, "ends_on" date, "requested_amount" numeric(14,2), "approved_amount" numeric(14,2), "participants_reached" integer, "topic_keys" text array NOT NULL DEFAULT '{}', "components" text array NOT NULL DEFAULT '{}', "facts" text array NOT NULL DEFAULT '{}', "provenance" jsonb NOT NULL DEFAULT '{}', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2b25e20c70b5908ad52a496d68" ON "application"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_c2ef97c9aea792ff3ded585ce5" ON "application"  ("programme_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_21977d0ed00aae1504d6e68e24" ON "application"  ("lead_organisation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_06ff70d67f36b48b66686d0fb4" ON "application"  ("status") `);
    await queryRunner.query(
      `CREATE TYPE "public"."participant_role" AS ENUM('LEAD', 'MIGRANT_ORGANISATION', 'EDUCATIONAL_INSTITUTION', 'PARTNER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_participant" ("application_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" "public"."participant_role" NOT NULL, CONSTRAINT "PK_61a8d7e120f3554080496ef5dda" PRIMARY KEY ("application_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9d8a12822b852751ca199add8d" ON "application_participant"  ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_be659e88cd5ed71eef6d4122aac" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_person" ADD CONSTRAINT "FK_b8e2ceef86801bcb40917da102c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relation" ADD CONSTRAINT "FK_6047f2993d9c281a12ac630b787" FOREIGN KEY ("source_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relation" ADD CONSTRAINT "FK_3c107cd6b8ba8a388ee0c73cc6f" FOREIGN KEY ("target_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_participant" ADD CONSTRAINT "FK_fc11cbd0a2d6c63a43ff20022c1" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_participant" ADD CONSTRAINT "FK_9d8a12822b852751ca199add8dc" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_name_trgm" ON "organisation" USING gin ("name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_short_name_trgm" ON "organisation" USING gin ("short_name" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_organisation_topic_keys" ON "organisation" USING gin ("topic_keys")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_target_group_keys" ON "organisation" USING gin ("target_group_keys")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_language_keys" ON "organisation" USING gin ("language_keys")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_districts_served_keys" ON "organisation" USING gin ("districts_served_keys")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_organisation_districts_served_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisation_language_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisation_target_group_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisation_topic_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisation_short_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisation_name_trgm"`);
    await queryRunner.query(`ALTER TABLE "application_participant" DROP CONSTRAINT "FK_9d8a12822b852751ca199add8dc"`);
    await queryRunner.query(`ALTER TABLE "application_participant" DROP CONSTRAINT "FK_fc11cbd0a2d6c63a43ff20022c1"`);
    await queryRunner.query(`ALTER TABLE "relation" DROP CONSTRAINT "FK_3c107cd6b8ba8a388ee0c73cc6f"`);
    await queryRunner.query(`ALTER TABLE "relation" DROP CONSTRAINT "FK_6047f2993d9c281a12ac630b787"`);
    await queryRunner.query(`ALTER TABLE "contact_person" DROP CONSTRAINT "FK_b8e2ceef86801bcb40917da102c"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_be659e88cd5ed71eef6d4122aac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d8a12822b852751ca199add8d"`);
    await queryRunner.query(`DROP TABLE "application_participant"`);
    await queryRunner.query(`DROP TYPE "public"."participant_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06ff70d67f36b48b66686d0fb4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21977d0ed00aae1504d6e68e24"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2ef97c9aea792ff3ded585ce5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b25e20c70b5908ad52a496d68"`);
    await queryRunner.query(`DROP TABLE "application"`);
    await queryRunner.query(`DROP TYPE "public"."application_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c8ae2eac5331129a86c3709d82"`);
    await queryRunner.query(`DROP TABLE "funding_programme"`);
    await queryRunner.query(`DROP TABLE "language"`);
    await queryRunner.query(`DROP TABLE "district"`);
    await queryRunner.query(`DROP TABLE "target_group"`);
    await queryRunner.query(`DROP TABLE "topic"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b5fd181fe266c07d5f5f944c6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c107cd6b8ba8a388ee0c73cc6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6047f2993d9c281a12ac630b78"`);
    await queryRunner.query(`DROP TABLE "relation"`);
    await queryRunner.query(`DROP TYPE "public"."relation_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_497921db8c90b627fe66c106a4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b800a0efd2f9f19719d0c4d793"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8e2ceef86801bcb40917da102"`);
    await queryRunner.query(`DROP TABLE "contact_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be659e88cd5ed71eef6d4122aa"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_kind"`);
  }
}
