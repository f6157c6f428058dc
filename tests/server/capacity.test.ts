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

describe("capacity is counted once per tandem", () => {
  it("a tandem and the application built from it are one commitment, from acceptance to completion", async () => {
    const before = await commitments();
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

    const application = await createApplication(server, office, {
      callId: ids.openCall,
      title: "Kapazität einmal gezählt",
      requestedAmount: 10_000,
      fromTandemRequestIds: [sent.data!.sendTandemRequest.id],
    });
    expect(application.status).toBe("DRAFT");
    expect(await commitments()).toEqual(plusOne);

    for (const status of ["IN_PREPARATION", "SUBMITTED", "APPROVED", "RUNNING"]) {
      await forceStatus(server, application.id, status);
      expect(await commitments(), status).toEqual(plusOne);
    }
    await forceStatus(server, application.id, "COMPLETED");
    expect(await commitments()).toEqual(before);
  });
});
