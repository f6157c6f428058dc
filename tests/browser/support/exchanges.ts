import type { Locator, Page } from "playwright-core";
import { DEMO, signIn, type TestServer } from "../../support/test-server";

/** A calendar day in Hanover ("2026-11-26"). */
export function hanoverDay(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

/** The month after the given day's month ("2026-12"). */
export function nextMonthOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

/** "Dezember 2026". */
export function germanMonthName(month: string): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

export interface NewExchange {
  title: string;
  day: string;
  capacity: number;
  visibility: "PUBLIC" | "MEMBERS_ONLY";
  series?: string;
}

/** The office creates an exchange through the API (17:00–19:00 on the day); returns its id. */
export async function createExchangeByApi(
  server: TestServer,
  officeCookie: string,
  exchange: NewExchange,
): Promise<string> {
  // Noon UTC keeps the day the same in Hanover whatever the season; the exact hour does not matter here.
  const answer = await server.graphql<{ createExchange: { id: string } }>(
    `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`,
    {
      input: {
        title: exchange.title,
        series: exchange.series ?? "HADI_MEETING",
        startsAt: `${exchange.day}T12:00:00.000Z`,
        endsAt: `${exchange.day}T14:00:00.000Z`,
        location: "IHK Hannover, Schiffgraben 49",
        capacity: exchange.capacity,
        visibility: exchange.visibility,
        topics: ["diversity-management"],
      },
    },
    { cookie: officeCookie },
  );
  if (answer.errors || !answer.data) throw new Error(`createExchange failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.createExchange.id;
}

/** Joins an exchange for an organisation (by slug) as one of its members, through the API. */
export async function joinByApi(
  server: TestServer,
  email: string,
  exchangeId: string,
  organisationSlug: string,
): Promise<void> {
  const cookie = await signIn(server, email, DEMO.password);
  const [row] = (await server.dataSource.query(`SELECT id FROM organisation WHERE slug = $1`, [organisationSlug])) as {
    id: string;
  }[];
  const answer = await server.graphql(
    `mutation($e: ID!, $o: ID!) { joinExchange(exchangeId: $e, organisationId: $o) { id status } }`,
    { e: exchangeId, o: row!.id },
    { cookie },
  );
  if (answer.errors) throw new Error(`joinExchange failed: ${JSON.stringify(answer.errors)}`);
}

/** The card of an exchange in a list, by its title. */
export function exchangeCard(page: Page, title: string): Locator {
  return page.locator("article.exchange-card").filter({ has: page.getByRole("link", { name: title, exact: true }) });
}
