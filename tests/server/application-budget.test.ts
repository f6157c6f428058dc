import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { createApplication, fixtureIds, forceStatus, tandem } from "../support/application-fixtures";

/**
 * Issue 12: the budget per participating organisation. The funder's shares add up to the requested
 * amount (the approved one once approved) to the cent; approving with a different amount needs the
 * split of that amount, which the server proposes by largest remainder; every change is one audit
 * entry; a refused change writes nothing.
 */

const SPLIT_FIELDS = `id status version requestedAmount approvedAmount
  tandems { id migrantOrganisation { slug } educationalInstitution { slug } }
  budgetShares { organisation { slug } tandem { id } funderShare ownContribution total position }
  budgetTotals { basis target funderShare ownContribution total difference balanced }`;

const SET = `mutation($applicationId: ID!, $expectedVersion: Int!, $shares: [BudgetShareInput!]!) {
  setApplicationBudgetShares(applicationId: $applicationId, expectedVersion: $expectedVersion, shares: $shares) { ${SPLIT_FIELDS} } }`;
const READ = `query($id: ID!) { application(id: $id) { ${SPLIT_FIELDS} } }`;
const PROPOSE = `query($id: ID!, $amount: Float!) { proposedApprovedSplit(applicationId: $id, approvedAmount: $amount) {
  required approvedAmount currentSum shares { organisation { slug } tandem { id } funderShare ownContribution total previousFunderShare } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!, $amount: Float, $shares: [BudgetShareInput!], $to: ApplicationStatus!) {
  transitionApplication(id: $id, to: $to, expectedVersion: $v, approvedAmount: $amount, approvedBudgetShares: $shares) { ${SPLIT_FIELDS} } }`;

interface Split {
  id: string;
  status: string;
  version: number;
  tandems: { id: string; migrantOrganisation: { slug: string }; educationalInstitution: { slug: string } }[];
  budgetShares: {
    organisation: { slug: string };
    tandem: { id: string } | null;
    funderShare: number;
    ownContribution: number;
    total: number;
    position: number;
  }[];
  budgetTotals: {
    basis: string;
    target: number | null;
    funderShare: number;
    ownContribution: number;
    total: number;
    difference: number | null;
    balanced: boolean;
  };
}
type Fields = { field: string; message: string }[];

let server: TestServer;
let coordinator: string;
let kargah: string;
let vhs: string;
let tui: string;
let ids: Record<string, string> = {};

const share = (slug: string, funderShare: number, extra: Record<string, unknown> = {}) => ({
  organisationId: ids[slug],
  funderShare,
  ...extra,
});

async function read(id: string, cookie = coordinator): Promise<Split> {
  const res = await server.graphql<{ application: Split }>(READ, { id }, { cookie });
  if (!res.data?.application) throw new Error(JSON.stringify(res.errors));
  return res.data.application;
}

async function set(id: string, shares: unknown[], cookie = coordinator) {
  const { version } = await read(id);
  return server.graphql<{ setApplicationBudgetShares: Split }>(
    SET,
    { applicationId: id, expectedVersion: version, shares },
    { cookie },
  );
}

/** What a refused call must leave as it was: the shares, the application row, the audit log. */
async function state(id: string) {
  return {
    shares: await server.dataSource.query(
      `SELECT organisation_id, tandem_id, funder_share::text, own_contribution::text, position FROM application_budget_share
        WHERE application_id = $1 ORDER BY position`,
      [id],
    ),
    application: await server.dataSource.query(
      `SELECT status::text, version, approved_amount::text FROM application WHERE id = $1`,
      [id],
    ),
    audit: await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`),
  };
}

async function auditEntries(id: string) {
  return (await server.dataSource.query(
    `SELECT action, entity_type, entity_label, changes, actor_user_id FROM audit_entry WHERE entity_id = $1 ORDER BY created_at, id`,
    [id],
  )) as {
    action: string;
    entity_type: string;
    entity_label: string;
    changes: Record<string, { before: unknown; after: unknown }>;
  }[];
}

/** An application of 150,000 € with two tandems: kargah + VHS and amfn + VNB. */
async function twoTandems(title: string) {
  return createApplication(server, coordinator, {
    callId: ids.openCall,
    title,
    requestedAmount: 150_000,
    tandems: [tandem(ids, "kargah", "vhs-hannover", 100_000), tandem(ids, "amfn", "vnb", 50_000)],
  });
}

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, vhs, tui] = await Promise.all([
    signIn(server, DEMO.coordinator),
    signIn(server, DEMO.kargah),
    signIn(server, DEMO.vhs),
    signIn(server, DEMO.tui),
  ]);
  ids = await fixtureIds(server);
});
afterAll(async () => {
  await server?.close();
});

describe("setApplicationBudgetShares", () => {
  it("stores the split per organisation, to the cent, and sums it up against the requested amount", async () => {
    const application = await twoTandems("Budget je Organisation");
    const amfnTandem = (await read(application.id)).tandems.find((t) => t.migrantOrganisation.slug === "amfn")!;
    const res = await set(application.id, [
      share("kargah", 50_000.01, { ownContribution: 5_000, total: 55_000.01 }),
      share("vhs-hannover", 49_999.99),
      share("amfn", 30_000.1, { tandemId: amfnTandem.id, ownContribution: 0.2, total: 30_000.3 }),
      share("vnb", 19_999.9, { tandemId: amfnTandem.id }),
    ]);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const saved = res.data!.setApplicationBudgetShares;
    expect(saved.version).toBe(application.version + 1);
    expect(saved.budgetShares).toEqual([
      {
        organisation: { slug: "kargah" },
        tandem: null,
        funderShare: 50_000.01,
        ownContribution: 5_000,
        total: 55_000.01,
        position: 0,
      },
      {
        organisation: { slug: "vhs-hannover" },
        tandem: null,
        funderShare: 49_999.99,
        ownContribution: 0,
        total: 49_999.99,
        position: 1,
      },
      {
        organisation: { slug: "amfn" },
        tandem: { id: amfnTandem.id },
        funderShare: 30_000.1,
        ownContribution: 0.2,
        total: 30_000.3,
        position: 2,
      },
      {
        organisation: { slug: "vnb" },
        tandem: { id: amfnTandem.id },
        funderShare: 19_999.9,
        ownContribution: 0,
        total: 19_999.9,
        position: 3,
      },
    ]);
    expect(saved.budgetTotals).toEqual({
      basis: "REQUESTED",
      target: 150_000,
      funderShare: 150_000,
      ownContribution: 5_000.2,
      total: 155_000.2,
      difference: 0,
      balanced: true,
    });
    // Exact in the database, not a float's neighbour.
    const rows = (await server.dataSource.query(
      `SELECT sum(funder_share)::text AS funder, sum(own_contribution)::text AS own FROM application_budget_share WHERE application_id = $1`,
      [application.id],
    )) as [{ funder: string; own: string }];
    expect(rows[0]).toEqual({ funder: "150000.00", own: "5000.20" });

    const [entry, ...more] = (await auditEntries(application.id)).filter((e) => e.changes.budgetSplit);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: "UPDATE",
      entity_type: "APPLICATION",
      entity_label: "Budget je Organisation",
    });
    expect(entry!.changes.budgetSplit!.before).toEqual([]);
    expect(
      (entry!.changes.budgetSplit!.after as { organisation: string; tandem: string | null }[]).map((s) => s.tandem),
    ).toEqual([null, null, expect.stringContaining(" + "), expect.stringContaining(" + ")]);
    expect(JSON.stringify(entry!.changes.budgetSplit!.after)).toContain("kargah");

    // An empty list removes the split; the log shows what was there.
    const cleared = await set(application.id, []);
    expect(cleared.data!.setApplicationBudgetShares.budgetShares).toEqual([]);
    expect(cleared.data!.setApplicationBudgetShares.budgetTotals).toMatchObject({
      balanced: false,
      difference: 150_000,
    });
  });

  it("refuses bad splits with the field and the reason, and writes nothing", async () => {
    const application = await twoTandems("Budget mit Fehlern");
    const other = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Ein anderer Antrag",
      requestedAmount: 10,
      tandems: [tandem(ids, "bteu", "vnb", 10)],
    });
    const kargahTandem = (await read(application.id)).tandems.find((t) => t.migrantOrganisation.slug === "kargah")!;
    const otherTandem = (await read(other.id)).tandems[0]!;
    const cases: [string, unknown[], string, string][] = [
      ["an organisation that does not take part", [share("tolstoi", 150_000)], "shares.0.organisationId", "take part"],
      ["a negative amount", [share("kargah", -1), share("vhs-hannover", 150_001)], "shares.0.funderShare", ""],
      [
        "a negative own contribution",
        [share("kargah", 150_000, { ownContribution: -0.01 })],
        "shares.0.ownContribution",
        "",
      ],
      [
        "a fraction of a cent",
        [share("kargah", 149_999.995), share("vhs-hannover", 0.005)],
        "shares.0.funderShare",
        "cents",
      ],
      [
        "a total that is not own contribution + funder's share",
        [share("kargah", 150_000, { ownContribution: 1_000, total: 150_000 })],
        "shares.0.total",
        "151000.00 €",
      ],
      ["an organisation twice", [share("kargah", 75_000), share("kargah", 75_000)], "shares.1", "twice"],
      [
        "a tandem of another application",
        [share("kargah", 150_000, { tandemId: otherTandem.id })],
        "shares.0.tandemId",
        "no such tandem",
      ],
      [
        "a tandem the organisation is not part of",
        [share("amfn", 150_000, { tandemId: kargahTandem.id })],
        "shares.0.tandemId",
        "not part of this tandem",
      ],
      [
        "shares a cent short of the requested amount",
        [share("kargah", 100_000), share("vhs-hannover", 49_999.99)],
        "shares",
        "149999.99 €, but the requested amount is 150000.00 €",
      ],
      [
        "shares a cent over the requested amount",
        [share("kargah", 100_000.01), share("vhs-hannover", 50_000)],
        "shares",
        "150000.01 €",
      ],
    ];
    for (const [what, shares, field, reason] of cases) {
      const before = await state(application.id);
      const res = await set(application.id, shares);
      expect(res.errors?.[0]?.extensions?.code, what).toBe("BAD_USER_INPUT");
      const fields = res.errors?.[0]?.extensions?.fields as Fields;
      expect(
        fields.some((f) => f.field === field && f.message.includes(reason)),
        `${what}: ${JSON.stringify(fields)}`,
      ).toBe(true);
      expect(await state(application.id), what).toEqual(before);
    }

    const before = await state(application.id);
    const stale = await server.graphql(
      SET,
      { applicationId: application.id, expectedVersion: application.version - 1, shares: [share("kargah", 150_000)] },
      { cookie: coordinator },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    for (const id of ["not-an-id", "00000000-0000-4000-8000-000000000000"]) {
      const missing = await server.graphql(
        SET,
        { applicationId: id, expectedVersion: 1, shares: [] },
        { cookie: coordinator },
      );
      expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    const malformed = await server.graphql(
      SET,
      {
        applicationId: application.id,
        expectedVersion: application.version,
        shares: [{ organisationId: "x", funderShare: 1 }],
      },
      { cookie: coordinator },
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await state(application.id)).toEqual(before);

    // While the funder has the figures the split stays as it is.
    await forceStatus(server, application.id, "SUBMITTED");
    const submitted = await set(application.id, [share("kargah", 150_000)]);
    expect(submitted.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((submitted.errors?.[0]?.extensions?.fields as Fields)[0]).toMatchObject({ field: "shares" });
  });

  it("is the office's: partners, companies and the public are refused; readers see the split as they see the amounts", async () => {
    const application = await twoTandems("Budget und Rechte");
    expect((await set(application.id, [share("kargah", 150_000)])).errors).toBeUndefined();
    const before = await state(application.id);
    for (const [cookie, code] of [
      [kargah, "FORBIDDEN"],
      [vhs, "FORBIDDEN"],
      [tui, "FORBIDDEN"],
      [undefined, "UNAUTHENTICATED"],
    ] as const) {
      const res = await server.graphql(
        SET,
        { applicationId: application.id, expectedVersion: before.application[0].version, shares: [] },
        { cookie },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      const proposal = await server.graphql(PROPOSE, { id: application.id, amount: 1 }, { cookie });
      expect(proposal.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await state(application.id)).toEqual(before);

    // A participating partner reads its application's split; one not taking part does not get the application.
    expect((await read(application.id, kargah)).budgetShares).toHaveLength(1);
    const withoutKargah = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Budget ohne kargah",
      requestedAmount: 1_000,
      tandems: [tandem(ids, "amfn", "vnb", 1_000)],
    });
    expect((await set(withoutKargah.id, [share("amfn", 600), share("vnb", 400)])).errors).toBeUndefined();
    const foreign = await server.graphql(READ, { id: withoutKargah.id }, { cookie: kargah });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // On organisation pages the split is as public as the project: hidden while a draft, shown once running.
    const onPage = `query($slug: String!) { organisation(slug: $slug) { applications { id budgetShares { funderShare organisation { slug } } } } }`;
    const publicView = async () =>
      (
        await server.graphql<{
          organisation: { applications: { id: string; budgetShares: { funderShare: number }[] }[] };
        }>(onPage, { slug: "vnb" })
      ).data!.organisation.applications.find((a) => a.id === withoutKargah.id);
    expect(await publicView()).toBeUndefined();
    await forceStatus(server, withoutKargah.id, "RUNNING");
    expect((await publicView())?.budgetShares.map((s) => s.funderShare)).toEqual([600, 400]);
  });

  it("keeps the shares when the tandems are saved again, and drops those of organisations that leave", async () => {
    const application = await twoTandems("Budget und Tandemwechsel");
    const amfnTandem = (await read(application.id)).tandems.find((t) => t.migrantOrganisation.slug === "amfn")!;
    expect(
      (
        await set(application.id, [
          share("kargah", 100_000),
          share("amfn", 30_000, { tandemId: amfnTandem.id }),
          share("vnb", 20_000, { tandemId: amfnTandem.id }),
        ])
      ).errors,
    ).toBeUndefined();
    const update = `mutation($id: ID!, $input: UpdateApplicationInput!, $v: Int!) { updateApplication(id: $id, input: $input, expectedVersion: $v) { id } }`;
    const same = [tandem(ids, "kargah", "vhs-hannover", 100_000), tandem(ids, "amfn", "vnb", 50_000)];
    let version = (await read(application.id)).version;
    expect(
      (
        await server.graphql(
          update,
          { id: application.id, input: { tandems: same }, v: version },
          { cookie: coordinator },
        )
      ).errors,
    ).toBeUndefined();
    const kept = await read(application.id);
    expect(kept.budgetShares.map((s) => [s.organisation.slug, s.tandem?.id ?? null])).toEqual([
      ["kargah", null],
      ["amfn", amfnTandem.id],
      ["vnb", amfnTandem.id],
    ]);
    version = kept.version;
    const res = await server.graphql(
      update,
      { id: application.id, input: { tandems: [tandem(ids, "kargah", "vhs-hannover", 150_000)] }, v: version },
      { cookie: coordinator },
    );
    expect(res.errors).toBeUndefined();
    const after = await read(application.id);
    expect(after.budgetShares.map((s) => s.organisation.slug)).toEqual(["kargah"]);
    expect(after.budgetTotals).toMatchObject({
      target: 150_000,
      funderShare: 100_000,
      difference: 50_000,
      balanced: false,
    });
    const last = (await auditEntries(application.id)).at(-1)!;
    expect(last.action).toBe("UPDATE");
    expect((last.changes.budgetSplit!.before as unknown[]).length).toBe(3);
    expect((last.changes.budgetSplit!.after as unknown[]).length).toBe(1);
  });
});

describe("approving with another amount: the split of the approved amount", () => {
  it("proposes 140,000 € over three shares of 50,000 € by largest remainder and approves with the confirmed split", async () => {
    const application = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Bewilligt mit weniger",
      requestedAmount: 150_000,
      tandems: [tandem(ids, "kargah", "vhs-hannover", 100_000), tandem(ids, "amfn", "vnb", 50_000)],
    });
    expect(
      (
        await set(application.id, [
          share("kargah", 50_000, { ownContribution: 2_500 }),
          share("vhs-hannover", 50_000),
          share("amfn", 50_000, { ownContribution: 1_000 }),
        ])
      ).errors,
    ).toBeUndefined();
    const version = await forceStatus(server, application.id, "SUBMITTED");

    const proposal = await server.graphql<{
      proposedApprovedSplit: {
        required: boolean;
        approvedAmount: number;
        currentSum: number;
        shares: {
          organisation: { slug: string };
          funderShare: number;
          ownContribution: number;
          total: number;
          previousFunderShare: number;
        }[];
      };
    }>(PROPOSE, { id: application.id, amount: 140_000 }, { cookie: coordinator });
    expect(proposal.errors).toBeUndefined();
    const proposed = proposal.data!.proposedApprovedSplit;
    expect(proposed).toMatchObject({ required: true, approvedAmount: 140_000, currentSum: 150_000 });
    expect(
      proposed.shares.map((s) => [
        s.organisation.slug,
        s.funderShare,
        s.ownContribution,
        s.total,
        s.previousFunderShare,
      ]),
    ).toEqual([
      ["kargah", 46_666.67, 2_500, 49_166.67, 50_000],
      ["vhs-hannover", 46_666.67, 0, 46_666.67, 50_000],
      ["amfn", 46_666.66, 1_000, 47_666.66, 50_000],
    ]);
    const cents = proposed.shares.reduce((sum, s) => sum + Math.round(s.funderShare * 100), 0);
    expect(cents).toBe(14_000_000);
    // The same amount as the split needs nothing new.
    const unchanged = await server.graphql<{
      proposedApprovedSplit: { required: boolean; shares: { funderShare: number }[] };
    }>(PROPOSE, { id: application.id, amount: 150_000 }, { cookie: coordinator });
    expect(unchanged.data!.proposedApprovedSplit.required).toBe(false);
    expect(unchanged.data!.proposedApprovedSplit.shares.map((s) => s.funderShare)).toEqual([50_000, 50_000, 50_000]);
    const badAmount = await server.graphql(PROPOSE, { id: application.id, amount: 1.005 }, { cookie: coordinator });
    expect(badAmount.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    // Approving without the split of the approved amount, or with one a cent off, is refused and changes nothing.
    const before = await state(application.id);
    const without = await server.graphql(
      APPROVE,
      { id: application.id, v: version, amount: 140_000, to: "APPROVED" },
      { cookie: coordinator },
    );
    expect(without.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((without.errors?.[0]?.extensions?.fields as Fields)[0]).toMatchObject({ field: "approvedBudgetShares" });
    const confirmed = proposed.shares.map((s) => ({
      organisationId: ids[s.organisation.slug],
      funderShare: s.funderShare,
      ownContribution: s.ownContribution,
      total: s.total,
    }));
    const off = confirmed.map((s, index) => (index === 2 ? { ...s, funderShare: 46_666.65, total: undefined } : s));
    const offByCent = await server.graphql(
      APPROVE,
      { id: application.id, v: version, amount: 140_000, shares: off, to: "APPROVED" },
      { cookie: coordinator },
    );
    expect(offByCent.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((offByCent.errors?.[0]?.extensions?.fields as Fields)[0]).toMatchObject({
      field: "approvedBudgetShares",
      message: expect.stringContaining("139999.99 €, but the approved amount is 140000.00 €"),
    });
    const elsewhere = await server.graphql(
      APPROVE,
      { id: application.id, v: version, shares: confirmed, to: "REVISION_REQUESTED" },
      { cookie: coordinator },
    );
    expect((elsewhere.errors?.[0]?.extensions?.fields as Fields)[0]).toMatchObject({ field: "approvedBudgetShares" });
    expect(await state(application.id)).toEqual(before);

    const approved = await server.graphql<{ transitionApplication: Split }>(
      APPROVE,
      { id: application.id, v: version, amount: 140_000, shares: confirmed, to: "APPROVED" },
      { cookie: coordinator },
    );
    expect(approved.errors, JSON.stringify(approved.errors)).toBeUndefined();
    const moved = approved.data!.transitionApplication;
    expect(moved.status).toBe("APPROVED");
    expect(moved.budgetShares.map((s) => s.funderShare)).toEqual([46_666.67, 46_666.67, 46_666.66]);
    expect(moved.budgetTotals).toEqual({
      basis: "APPROVED",
      target: 140_000,
      funderShare: 140_000,
      ownContribution: 3_500,
      total: 143_500,
      difference: 0,
      balanced: true,
    });
    // One entry for the move, with the amount and the split before and after.
    const entries = await auditEntries(application.id);
    const transition = entries.filter((e) => e.action === "TRANSITION");
    expect(transition).toHaveLength(1);
    expect(transition[0]!.changes.status).toEqual({ before: "SUBMITTED", after: "APPROVED" });
    expect(transition[0]!.changes.approvedAmount).toEqual({ before: null, after: 140_000 });
    expect((transition[0]!.changes.budgetSplit!.before as { funderShare: number }[]).map((s) => s.funderShare)).toEqual(
      [50_000, 50_000, 50_000],
    );
    expect((transition[0]!.changes.budgetSplit!.after as { funderShare: number }[]).map((s) => s.funderShare)).toEqual([
      46_666.67, 46_666.67, 46_666.66,
    ]);

    // From now on the split divides the approved amount.
    const requestedAgain = await set(application.id, [share("kargah", 150_000)]);
    expect((requestedAgain.errors?.[0]?.extensions?.fields as Fields)[0]?.message).toContain(
      "the approved amount is 140000.00 €",
    );
    const moveMoney = await set(application.id, [share("kargah", 90_000), share("vhs-hannover", 50_000)]);
    expect(moveMoney.errors).toBeUndefined();
    expect(moveMoney.data!.setApplicationBudgetShares.budgetTotals.balanced).toBe(true);
  });

  it("approves without a new split when the amount is the split's, or when there is no split", async () => {
    const application = await twoTandems("Bewilligt wie beantragt");
    expect((await set(application.id, [share("kargah", 150_000)])).errors).toBeUndefined();
    let version = await forceStatus(server, application.id, "SUBMITTED");
    const same = await server.graphql<{ transitionApplication: Split }>(
      APPROVE,
      { id: application.id, v: version, amount: 150_000, to: "APPROVED" },
      { cookie: coordinator },
    );
    expect(same.errors).toBeUndefined();
    expect(same.data!.transitionApplication.budgetShares.map((s) => s.funderShare)).toEqual([150_000]);
    expect(same.data!.transitionApplication.budgetTotals).toMatchObject({ basis: "APPROVED", balanced: true });

    const bare = await twoTandems("Bewilligt ohne Aufteilung");
    version = await forceStatus(server, bare.id, "SUBMITTED");
    const noSplit = await server.graphql<{ transitionApplication: Split }>(
      APPROVE,
      { id: bare.id, v: version, amount: 120_000, to: "APPROVED" },
      { cookie: coordinator },
    );
    expect(noSplit.errors).toBeUndefined();
    expect(noSplit.data!.transitionApplication.budgetShares).toEqual([]);
  });
});
