import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { RouteRecordRaw } from "vue-router";
import { routes } from "../../client/src/routes";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { assertClientBuilt, expectNoSeriousAxeViolations, launchBrowser, watchPageErrors } from "./support/browser";

/**
 * Every page of the router, at a phone's and a laptop's size, for a persona that may see it: the
 * document never scrolls sideways, no control of the page lies off-screen, the page's heading and
 * main action are on screen, axe finds nothing serious. The list comes from client/src/routes, so a
 * route added later is visited without touching this file; a route with parameters takes the
 * first link to it found on its parent page (`/austausch/:id` from `/austausch`).
 */

type Persona = "visitor" | "coordinator" | "partner" | "company";
const PERSONA_EMAIL: Record<Exclude<Persona, "visitor">, string> = {
  coordinator: DEMO.coordinator,
  partner: DEMO.kargah,
  company: DEMO.tui,
};
const ROLE_PERSONA: Record<string, Persona> = { COORDINATOR: "coordinator", PARTNER: "partner", COMPANY: "company" };

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 800 },
] as const;

interface PageUnderTest {
  path: string;
  name: string;
  persona: Persona;
}

/** Who is shown the page: every role it admits; a public page also to a signed-in partner (who sees more). */
function personasOf(record: RouteRecordRaw): Persona[] {
  const roles = record.meta?.roles ?? [];
  if (roles.length > 0) return roles.map((role) => ROLE_PERSONA[role] ?? "coordinator");
  if (record.meta?.requiresAuth) return ["partner", "company"];
  return ["visitor", "partner"];
}

function flatten(records: readonly RouteRecordRaw[], parent = ""): PageUnderTest[] {
  return records.flatMap((record) => {
    const path = record.path.startsWith("/") ? record.path : `${parent}/${record.path}`;
    const name = String(record.name ?? path);
    const own =
      record.component || record.components
        ? personasOf(record)
            // The sign-in page is for visitors; the 404 page looks the same to everyone.
            .filter((persona) => !(name === "sign-in" || name === "not-found") || persona === "visitor")
            .map((persona) => ({ path, name, persona }))
        : [];
    return [...own, ...flatten(record.children ?? [], path)];
  });
}

const pages = flatten(routes);
const staticPaths = new Set(pages.filter((p) => !p.path.includes(":")).map((p) => p.path));

let server: TestServer;
let browser: Browser;
const contexts = new Map<Persona, BrowserContext>();
const ownSlug = new Map<Persona, string>();

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer();
  browser = await launchBrowser();
  const host = new URL(server.url).hostname;
  for (const persona of ["visitor", "coordinator", "partner", "company"] as const) {
    const context = await browser.newContext({ viewport: VIEWPORTS[1], locale: "de-DE" });
    if (persona !== "visitor") {
      const cookie = await signIn(server, PERSONA_EMAIL[persona]);
      const [name, ...value] = cookie.split("=");
      await context.addCookies([{ name: name ?? "", value: value.join("="), domain: host, path: "/" }]);
      const me = await server.graphql<{ me: { organisation: { slug: string } | null } }>(
        "{ me { organisation { slug } } }",
        {},
        { cookie },
      );
      const slug = me.data?.me.organisation?.slug;
      if (slug) ownSlug.set(persona, slug);
    }
    contexts.set(persona, context);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.locator("main h1").first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState("networkidle");
  // A page still saying "loading" has not shown its content yet.
  await expect.poll(() => page.locator("main [aria-busy='true']").count()).toBe(0);
}

/** Whether the page shown is the one asked for, not a 403/404/sign-in stand-in. */
async function standIn(page: Page, path: string): Promise<string | null> {
  if (new URL(page.url()).pathname === "/anmelden" && path !== "/anmelden") return "the sign-in page";
  if ((await page.locator("#forbidden-title").count()) > 0) return "the 403 page";
  if ((await page.locator("main .not-found").count()) > 0) return "a not-found message";
  return null;
}

/** Turns `/austausch/:id` into a concrete path, following links from the parent page. */
async function concretePath(page: Page, target: PageUnderTest): Promise<string> {
  if (target.path.startsWith("/:pathMatch")) return "/gibt-es-diese-seite-nicht";
  let path = target.path;
  for (let guard = 0; path.includes(":") && guard < 5; guard++) {
    const segments = path.split("/");
    const index = segments.findIndex((segment) => segment.startsWith(":"));
    const parent = segments.slice(0, index).join("/") || "/";
    const pattern = new RegExp(`^${segments.slice(0, index).join("/")}/([^/?#]+)$`);
    await open(page, parent);
    const hrefs = await page
      .locator("main a[href]")
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const candidates = [
      ...new Set(
        hrefs
          .filter((href) => pattern.test(href) && !staticPaths.has(href))
          .map((href) => decodeURIComponent(pattern.exec(href)?.[1] ?? "")),
      ),
    ];
    // The persona's own organisation first: it may edit that one (and it may be on a later page of the list).
    const own = ownSlug.get(target.persona);
    if (own && segments[index] === ":slug" && !candidates.includes(own)) candidates.unshift(own);
    candidates.sort((a, b) => Number(b === own) - Number(a === own));
    if (candidates.length === 0) {
      throw new Error(`${target.path}: no link matching ${pattern} on ${parent} for the ${target.persona}`);
    }
    let chosen: string | null = null;
    for (const candidate of candidates.slice(0, 4)) {
      const tryPath = [...segments.slice(0, index), encodeURIComponent(candidate), ...segments.slice(index + 1)].join(
        "/",
      );
      if (tryPath.includes(":")) {
        chosen = candidate;
        break;
      }
      await open(page, tryPath);
      if ((await standIn(page, tryPath)) === null) {
        chosen = candidate;
        break;
      }
    }
    if (chosen === null)
      throw new Error(`${target.path}: none of ${candidates.slice(0, 4).join(", ")} opens for the ${target.persona}`);
    segments[index] = encodeURIComponent(chosen);
    path = segments.join("/");
  }
  return path;
}

interface LayoutReport {
  documentWidth: number;
  viewportWidth: number;
  offscreen: string[];
  headingOnScreen: boolean;
  headingTop: number;
  mainAction: { label: string; onScreen: boolean } | null;
}

/** Measures the page in the browser: document width, controls outside the viewport, heading and main action. */
function measure(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth;
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    const shown = (el: Element) => {
      const rect = el.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) return false;
      const style = getComputedStyle(el);
      return style.visibility !== "hidden" && style.display !== "none";
    };
    // Only a container marked as scrolling sideways on purpose (the board's status columns with
    // scroll-snap) may hold controls off-screen; a table merely wrapped in a scroller may not.
    const inScroller = (el: Element) => el.closest("[data-scroll-x]") !== null;
    const horizontallyOnScreen = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.left >= -1 && rect.right <= viewportWidth + 1;
    };
    const controls = [
      ...Array.from(document.querySelectorAll("main a[href], main button, main input, main select, main textarea")),
    ];
    const offscreen = controls
      .filter((el) => shown(el) && !inScroller(el) && !horizontallyOnScreen(el))
      .map(
        (el) =>
          `${label(el)} at x=${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}`,
      );
    const h1 = document.querySelector("main h1");
    const action = document.querySelector("main [data-main-action]");
    return {
      documentWidth: document.documentElement.scrollWidth,
      viewportWidth,
      offscreen,
      headingOnScreen: h1 !== null && shown(h1) && horizontallyOnScreen(h1),
      headingTop: h1 ? h1.getBoundingClientRect().top + window.scrollY : Infinity,
      mainAction: action
        ? { label: label(action), onScreen: shown(action) && horizontallyOnScreen(action) && !inScroller(action) }
        : null,
    };
  });
}

describe("every page of the router fits a phone and a laptop", () => {
  it("covers every route of the router", () => {
    expect(pages.length).toBeGreaterThan(25);
    expect(pages.map((p) => p.name)).toContain("network");
  });

  it.each(pages.map((p) => [`${p.name} (${p.path}) as ${p.persona}`, p] as const))("%s", async (_label, target) => {
    const context = contexts.get(target.persona);
    if (!context) throw new Error(`no context for ${target.persona}`);
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    try {
      const path = await concretePath(page, target);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await open(page, path);
        const where = `${path} at ${viewport.width}×${viewport.height} as ${target.persona}`;
        if (target.name !== "not-found") expect(await standIn(page, path), where).toBeNull();
        const report = await measure(page);
        expect(report.documentWidth, `${where}: the document scrolls sideways`).toBeLessThanOrEqual(
          report.viewportWidth,
        );
        expect(report.offscreen, `${where}: controls off-screen`).toEqual([]);
        expect(report.headingOnScreen, `${where}: the heading`).toBe(true);
        // Header and navigation leave the screen to the page: the heading starts in its upper third.
        expect(report.headingTop, `${where}: the header takes the screen`).toBeLessThan(viewport.height / 3);
        if (report.mainAction) expect(report.mainAction.onScreen, `${where}: ${report.mainAction.label}`).toBe(true);
        await expectNoSeriousAxeViolations(page, where);
      }
      expect(errors.filter((e) => !e.includes("status of 40"))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the header on a phone and a laptop, and the start page per role", () => {
  it("folds the office's navigation behind a menu button on a phone and keeps it on one row on a laptop", async () => {
    const page = await contexts.get("coordinator")!.newPage();
    try {
      await page.setViewportSize(VIEWPORTS[0]);
      await open(page, "/organisationen");
      const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
      const menu = page.getByRole("banner").getByRole("button", { name: "Menü" });
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await nav.isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
      await nav.getByRole("link", { name: "Protokoll" }).click();
      await page.waitForURL(/\/protokoll$/);
      // The menu closes once the page changed.
      await expect.poll(() => nav.isVisible()).toBe(false);
      await expectNoSeriousAxeViolations(page, "the phone header with the menu closed");

      await page.setViewportSize(VIEWPORTS[1]);
      await open(page, "/organisationen");
      expect(await menu.isVisible()).toBe(false);
      const tops = await nav
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThanOrEqual(12);
      expect(new Set(tops).size, "the office's links share one row").toBe(1);
    } finally {
      await page.close();
    }
  });

  it("lands a partner, a company and the office on their own start page after signing in", async () => {
    const expected: [string, string[]][] = [
      [
        DEMO.kargah,
        [
          "Anfragen, die auf Ihre Antwort warten",
          "Offene Ausschreibungen",
          "Ihre Tandems",
          "Anträge mit den nächsten Fristen",
          "Benachrichtigungen",
        ],
      ],
      [DEMO.tui, ["Ihre nächsten Austausche", "Ihre Wartelistenplätze", "Benachrichtigungen"]],
      [DEMO.coordinator, ["Anfragen in Vermittlung", "Anträge nach nächster Frist", "Austausche, die sich füllen"]],
    ];
    for (const [email, sections] of expected) {
      const context = await browser.newContext({ viewport: VIEWPORTS[0], locale: "de-DE" });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/`);
        await page.getByRole("banner").getByRole("link", { name: "Anmelden" }).click();
        await page.getByRole("main").getByLabel("E-Mail-Adresse").fill(email);
        await page.getByRole("main").getByLabel("Passwort").fill(DEMO.password);
        await page.getByRole("main").getByRole("button", { name: "Anmelden" }).click();
        await page.waitForURL(/\/mein-bereich$/);
        await page.getByRole("heading", { level: 1, name: "Mein Bereich" }).waitFor();
        const headings = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
        expect(
          headings.map((h) => h.trim()),
          email,
        ).toEqual(sections);
      } finally {
        await context.close();
      }
    }
  });

  it("shows each organisation the fields of its kind, a company its exchange opt-in first", async () => {
    const legends = async (persona: Persona, slug: string) => {
      const page = await contexts.get(persona)!.newPage();
      try {
        await open(page, `/organisationen/${slug}/bearbeiten`);
        // The profile's form; the contact persons' own form follows it on the same page.
        const form = page.locator("main form").first();
        return {
          legends: (await form.locator("legend").allTextContents()).map((text) => text.trim()),
          capacity: await form.getByLabel("Kapazität").count(),
        };
      } finally {
        await page.close();
      }
    };
    const company = await legends("company", ownSlug.get("company")!);
    expect(company.legends[0]).toBe("Austausch");
    expect(company.legends).not.toContain("Bringt ein (Angebote)");
    expect(company.legends).not.toContain("Sucht (Bedarfe)");
    expect(company.capacity).toBe(0);
    const partner = await legends("partner", ownSlug.get("partner")!);
    expect(partner.legends[0]).toBe("Grunddaten");
    expect(partner.legends).toContain("Bringt ein (Angebote)");
    expect(partner.legends.at(-1)).toBe("Austausch");
    expect(partner.capacity).toBe(1);
  });

  it("shows the partner the open calls the API lists", async () => {
    const partner = await contexts.get("partner")!.newPage();
    try {
      await open(partner, "/mein-bereich");
      const calls = partner.getByRole("region", { name: "Offene Ausschreibungen" });
      await expect.poll(() => calls.getByRole("listitem").count()).toBeGreaterThan(0);
      const [title] = await calls.getByRole("link").allTextContents();
      const api = await server.graphql<{ calls: { edges: { node: { title: string } }[] } }>(
        `{ calls(filter: { statuses: [OPEN] }, first: 5) { edges { node { title } } } }`,
      );
      expect(api.data?.calls.edges.map((edge) => edge.node.title)).toContain(title?.trim());
    } finally {
      await partner.close();
    }
  });
});
