import type { Locator, Page } from "playwright-core";
import { signIn, type TestServer } from "../../support/test-server";

/** The board's card of an application, by (part of) its title. */
export function boardCard(page: Page, title: string): Locator {
  return page
    .locator("article.application-card")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

/** A board column: the region named after its status ("Eingereicht (2)"). */
export function boardColumn(page: Page, statusLabel: string): Locator {
  return page
    .locator(".board__column")
    .filter({ has: page.getByRole("heading", { name: new RegExp(`^${statusLabel} \\(\\d+\\)$`) }) });
}

/** The move button to a status ("Verschieben nach Eingereicht"). */
export function moveButton(scope: Locator | Page, statusLabel: string): Locator {
  return scope.getByRole("button", { name: `Verschieben nach ${statusLabel}`, exact: true });
}

export function moveDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Status ändern" });
}

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

interface TandemIds {
  callId: string;
  kargah: string;
  vhs: string;
}

interface Pair {
  migrantOrganisation: { id: string; name: string };
  educationalInstitution: { id: string; name: string };
}

async function gql<T>(
  server: TestServer,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const answer = await server.graphql<T>(query, variables, { cookie });
  if (answer.errors?.length || !answer.data) throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/**
 * Two standing tandems for the open call, made through the API: kargah asks the Volkshochschule,
 * which accepts; and the office (which may act for any organisation) makes the best suggested pair
 * without either of them, as the call allows one tandem per organisation. Returns that second pair.
 */
export async function makeAcceptedTandems(
  server: TestServer,
  callTitle: string,
  accounts: { kargah: string; vhs: string; coordinator: string },
): Promise<Pair> {
  const [ids] = (await server.dataSource.query(
    `SELECT c.id AS "callId", k.id AS kargah, v.id AS vhs
       FROM call_for_proposals c, organisation k, organisation v
      WHERE c.title = $1 AND k.slug = 'kargah' AND v.slug = 'vhs-hannover'`,
    [callTitle],
  )) as TandemIds[];
  if (!ids) throw new Error("seed data for the tandems is missing");
  const kargah = await signIn(server, accounts.kargah);
  const vhs = await signIn(server, accounts.vhs);
  const office = await signIn(server, accounts.coordinator);
  const send = `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`;
  const respond = `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: true) { id status } }`;

  const first = await gql<{ sendTandemRequest: { id: string } }>(server, kargah, send, {
    input: { callId: ids.callId, fromOrganisationId: ids.kargah, toOrganisationId: ids.vhs },
  });
  await gql(server, vhs, respond, { id: first.sendTandemRequest.id });

  const { tandemSuggestions } = await gql<{ tandemSuggestions: Pair[] }>(
    server,
    office,
    `query($callId: ID!) { tandemSuggestions(callId: $callId, first: 30) { migrantOrganisation { id name } educationalInstitution { id name } } }`,
    { callId: ids.callId },
  );
  const pair = tandemSuggestions.find(
    (s) => s.migrantOrganisation.id !== ids.kargah && s.educationalInstitution.id !== ids.vhs,
  );
  if (!pair) throw new Error("no second pair for the open call");
  const second = await gql<{ sendTandemRequest: { id: string } }>(server, office, send, {
    input: {
      callId: ids.callId,
      fromOrganisationId: pair.migrantOrganisation.id,
      toOrganisationId: pair.educationalInstitution.id,
    },
  });
  await gql(server, office, respond, { id: second.sendTandemRequest.id });
  return pair;
}
