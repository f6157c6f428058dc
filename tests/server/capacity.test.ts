import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { createApplication, fixtureIds, forceStatus } from "../support/application-fixtures";
import { loadActiveCommitments } from "../../server/src/modules/matching/eligibility";

let server: TestServer;
let office: string;
let ids: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  office = await signIn(server, DEMO.coordinator);
  ids = await fixtureIds(server);
});
afterAll(async () => {
  await server?.close();
});

const SEND = `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`;
const RESPOND = `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: true) { status } }`;

async function commitments(): Promise<{ kargah: number; vhs: number }> {
  const counted = await loadActiveCommitments(server.dataSource.manager, [ids.kargah!, ids["vhs-hannover"]!]);
  return { kargah: counted.get(ids.kargah!) ?? 0, vhs: counted.get(ids["vhs-hannover"]!) ?? 0 };
}

/** Free capacity as the matching engine takes it (matching/engine/prepare.ts): capacity minus active commitments. */
async function freeCapacity(): Promise<{ kargah: number; vhs: number }> {
  const rows = (await server.dataSource.query(`SELECT slug, capacity FROM organisation WHERE id = ANY($1::uuid[])`, [
    [ids.kargah, ids["vhs-hannover"]],
  ])) as { slug: string; capacity: number }[];
  const capacity = Object.fromEntries(rows.map((row) => [row.slug, row.capacity]));
  const taken = await commitments();
  return { kargah: capacity.kargah! - taken.kargah, vhs: capacity["vhs-hannover"]! - taken.vhs };
}

describe("capacity is counted once per tandem", () => {
  it("a tandem and the application built from it are one commitment, from acceptance to completion", async () => {
    // By hand from the seed: kargah (capacity 5) takes part only in ALBuM-VIP, completed in 2014, so
    // it has no commitment; VHS Hannover (capacity 6) takes part in the ESF-BAMF courses, running as
    // of 2015: one commitment. One new tandem takes one place from each, not two.
    const before = await commitments();
    expect(before).toEqual({ kargah: 0, vhs: 1 });
    expect(await freeCapacity()).toEqual({ kargah: 5, vhs: 5 });
    const plusOne = { kargah: before.kargah + 1, vhs: before.vhs + 1 };

    const sent = await server.graphql<{ sendTandemRequest: { id: string } }>(
      SEND,
      {
        input: {
          callId: ids.openCall,
          fromOrganisationId: ids.kargah,
          toOrganisationId: ids["vhs-hannover"],
          message: "Kapazitätsprobe",
        },
      },
      { cookie: office },
    );
    expect(sent.errors).toBeUndefined();
    const accepted = await server.graphql(RESPOND, { id: sent.data!.sendTandemRequest.id }, { cookie: office });
    expect(accepted.errors).toBeUndefined();
    expect(await commitments()).toEqual(plusOne);
    expect(await freeCapacity()).toEqual({ kargah: 4, vhs: 4 });

    const application = await createApplication(server, office, {
      callId: ids.openCall,
      title: "Kapazität einmal gezählt",
      requestedAmount: 10_000,
      fromTandemRequestIds: [sent.data!.sendTandemRequest.id],
    });
    expect(application.status).toBe("DRAFT");
    expect(await commitments()).toEqual(plusOne);
    expect(await freeCapacity()).toEqual({ kargah: 4, vhs: 4 });

    for (const status of ["IN_PREPARATION", "SUBMITTED", "APPROVED", "RUNNING"]) {
      await forceStatus(server, application.id, status);
      expect(await commitments(), status).toEqual(plusOne);
      expect(await freeCapacity(), status).toEqual({ kargah: 4, vhs: 4 });
    }
    await forceStatus(server, application.id, "COMPLETED");
    expect(await commitments()).toEqual(before);
    expect(await freeCapacity()).toEqual({ kargah: 5, vhs: 5 });
  });
});
