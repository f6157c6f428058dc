import "reflect-metadata";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import {
  createExchangeLoaders,
  loadSeatCounts,
  loadWaitlistPositions,
  participationKey,
} from "../../server/src/modules/exchanges/exchange.loaders";
import { seedIfEmpty } from "../../seeds/load-seed";
import { sqlCounterStorage } from "../../server/src/db/sql-counter";
import { openTestDatabase, type OpenTestDatabase } from "../support/test-database";

let database: OpenTestDatabase;
let dataSource: DataSource;
const ids: Record<string, string> = {};
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

/** Inserts participations in the given order (queue numbers 1, 2, …) with their statuses. */
async function participate(exchangeId: string, rows: [slug: string, status: string][]): Promise<string[]> {
  const inserted: string[] = [];
  for (const [index, [slug, status]] of rows.entries()) {
    const [row] = (await dataSource.query(
      `INSERT INTO exchange_participation (exchange_id, organisation_id, status, queue_number) VALUES ($1, $2, $3, $4) RETURNING id`,
      [exchangeId, ids[slug], status, index + 1],
    )) as [{ id: string }];
    inserted.push(row.id);
  }
  return inserted;
}

beforeAll(async () => {
  database = await openTestDatabase();
  dataSource = database.dataSource;
  const log = pino({ level: "silent" });
  await seedIfEmpty(dataSource, log, { demoAccounts: false });
  for (const row of (await dataSource.query(`SELECT id, slug FROM organisation`)) as { id: string; slug: string }[])
    ids[row.slug] = row.id;
  const exchanges = (await dataSource.query(`SELECT id FROM exchange ORDER BY starts_at LIMIT 2`)) as { id: string }[];
  ids.first = exchanges[0]!.id;
  ids.second = exchanges[1]!.id;
});
afterAll(async () => {
  await database?.close();
});

async function countStatements(fn: () => Promise<unknown>): Promise<number> {
  const counter = { statements: 0 };
  await sqlCounterStorage.run(counter, fn);
  return counter.statements;
}

describe("exchange DataLoader batch functions", () => {
  let participations: string[] = [];

  it("loadWaitlistPositions ranks the waitlist per exchange, skipping cancelled and confirmed rows", async () => {
    participations = await participate(ids.first!, [
      ["kargah", "CONFIRMED"],
      ["tui", "WAITLISTED"],
      ["vhs-hannover", "CANCELLED"],
      ["amfn", "WAITLISTED"],
    ]);
    const [other] = await participate(ids.second!, [["amfn", "WAITLISTED"]]);
    const positions = await loadWaitlistPositions(dataSource.manager, [
      participations[3]!,
      UNKNOWN,
      other!,
      participations[0]!,
      participations[1]!,
    ]);
    expect(positions).toEqual([2, null, 1, null, 1]);
  });

  it("loadSeatCounts answers in key order, zero for exchanges without participations", async () => {
    const counts = await loadSeatCounts(dataSource.manager, [ids.second!, UNKNOWN, ids.first!]);
    expect(counts).toEqual([
      { confirmed: 0, waitlisted: 1 },
      { confirmed: 0, waitlisted: 0 },
      { confirmed: 1, waitlisted: 2 },
    ]);
  });

  it("batches every loader into one statement per batch", async () => {
    const loaders = createExchangeLoaders(dataSource.manager);
    const statements = await countStatements(async () => {
      const [lists, live] = await Promise.all([
        Promise.all([ids.first!, ids.second!, UNKNOWN].map((id) => loaders.participationsByExchange.load(id))),
        Promise.all([
          loaders.liveParticipation.load(participationKey(ids.first!, ids.tui!)),
          loaders.liveParticipation.load(participationKey(ids.first!, ids["vhs-hannover"]!)),
          loaders.liveParticipation.load(participationKey(ids.second!, ids.amfn!)),
          loaders.liveParticipation.load(participationKey(ids.second!, ids.tui!)),
        ]),
      ]);
      // Confirmed first, then the waitlist in join order; cancelled rows are left out.
      expect(lists[0]!.map((p) => p.status)).toEqual(["CONFIRMED", "WAITLISTED", "WAITLISTED"]);
      expect(lists[0]!.map((p) => p.organisationId)).toEqual([ids.kargah, ids.tui, ids.amfn]);
      expect(lists[2]).toEqual([]);
      expect(live.map((p) => p?.status ?? null)).toEqual(["WAITLISTED", null, "WAITLISTED", null]);
    });
    expect(statements).toBe(2);
  });

  it("participationsByOrganisation: live ones only, latest exchange first, exchange and organisation joined in one statement", async () => {
    const loaders = createExchangeLoaders(dataSource.manager);
    const [firstStart, secondStart] = (
      (await dataSource.query(`SELECT starts_at FROM exchange WHERE id = ANY($1::uuid[]) ORDER BY starts_at`, [
        [ids.first, ids.second],
      ])) as {
        starts_at: Date;
      }[]
    ).map((row) => new Date(row.starts_at).getTime());
    expect(secondStart).toBeGreaterThanOrEqual(firstStart!);
    let lists: Awaited<ReturnType<typeof loaders.participationsByOrganisation.load>>[] = [];
    const statements = await countStatements(async () => {
      lists = await Promise.all(
        [ids.amfn!, UNKNOWN, ids["vhs-hannover"]!, ids.kargah!].map((id) =>
          loaders.participationsByOrganisation.load(id),
        ),
      );
    });
    expect(statements).toBe(1);
    expect(lists[0]!.map((p) => p.exchangeId)).toEqual([ids.second, ids.first]);
    expect(lists[0]!.map((p) => p.exchangeRelation?.id)).toEqual([ids.second, ids.first]);
    expect(lists[1]).toEqual([]);
    // vhs-hannover's only participation is cancelled.
    expect(lists[2]).toEqual([]);
    expect(lists[3]!.map((p) => p.status)).toEqual(["CONFIRMED"]);
    const withOrganisations = await loaders.participationsByExchange.load(ids.first!);
    expect(withOrganisations.map((p) => p.organisationRelation?.id)).toEqual([ids.kargah, ids.tui, ids.amfn]);
  });

  it("the real network's seed opts nobody in to showing exchange participation", async () => {
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM organisation WHERE show_exchange_participation`,
    )) as [{ n: number }];
    expect(row.n).toBe(0);
  });
});
