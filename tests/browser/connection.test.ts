import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { startTestServer, type TestServer } from "../support/test-server";
import {
  assertClientBuilt,
  expectNoSeriousAxeViolations,
  heading,
  launchBrowser,
  newPage,
  plainText,
  watchPageErrors,
} from "./support/browser";

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
const idOf = new Map<string, string>();

const KS = "Koordinationsstelle ALBuM";
const SCHOOLS = "Schulverwaltung der Stadt Hannover";
const VHS = "Ada-und-Theodor-Lessing-Volkshochschule Hannover";

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer();
  const rows = (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as { id: string; slug: string }[];
  for (const row of rows) idOf.set(row.slug, row.id);
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.setViewportSize({ width: 1366, height: 800 });
  pageErrors = watchPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Presses Tab until the target has focus: the page is used by keyboard alone. */
async function tabTo(target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the element");
}

/** Types into a focused organisation combobox and picks the named option with the arrow keys and Enter. */
async function pickByKeyboard(label: string, text: string, option: string, shown = option): Promise<void> {
  const box = page.getByRole("combobox", { name: label });
  await tabTo(box);
  await page.keyboard.type(text);
  const listbox = page.getByRole("listbox", { name: label });
  await expect.poll(() => listbox.getAttribute("aria-busy")).toBe("false");
  await listbox
    .getByRole("option", { name: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })
    .waitFor();
  const names = await listbox.getByRole("option").allTextContents();
  const index = names.findIndex((name) => name.startsWith(option));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect.poll(() => box.inputValue()).toBe(shown);
}

const paths = () => page.locator("[data-connection-path]");
/** Each path as "A ←Koordination— B | B —Koordination→ C", the arrows as shown. */
async function shownPaths(): Promise<string[]> {
  return paths().evaluateAll((sections) =>
    sections.map((section) =>
      Array.from(section.querySelectorAll("li"))
        .map((step) => {
          const [from, to] = Array.from(step.querySelectorAll("a")).map((a) => a.textContent?.trim());
          const links = Array.from(step.querySelectorAll("[aria-hidden=true]"))
            .map((a) => a.textContent?.trim())
            .join(" ");
          return `${from} ${links} ${to}`;
        })
        .join(" | "),
    ),
  );
}
const noSidewaysScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe("the connection finder", () => {
  let viaOffice: string[] = [];
  let avoiding: string[] = [];

  it("shows the steps between two organisations with their relations and directions, by keyboard", async () => {
    await page.goto(`${server.url}/verbindung`);
    await expect.poll(() => heading(page).textContent()).toBe("Wie sind wir verbunden?");
    await pickByKeyboard("Von Organisation", "Schulverwaltung", SCHOOLS);
    await pickByKeyboard("Zu Organisation", "Volkshochschule Hannover", VHS);
    // Enter in a closed combobox submits the form.
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/verbindung\?from=.+&to=.+/);
    await paths().first().waitFor();
    viaOffice = await shownPaths();
    // The office coordinates both (stored office → partner, so read against the path on the first
    // step) and runs a public project with the VHS (no direction).
    expect(viaOffice[0]).toBe(`${SCHOOLS} —Kooperation— ${KS} | ${KS} —Koordination→ —Gemeinsames Projekt— ${VHS}`);
    expect(viaOffice.length).toBeGreaterThan(1);
    expect(plainText(await page.locator(".connection-result__summary").textContent())).toBe(
      `${viaOffice.length} kürzeste Wege gefunden:`,
    );
    await expectNoSeriousAxeViolations(page, "connection finder with paths at 1366x800");
  });

  it("avoids the coordination office when its box is ticked", async () => {
    const hub = page.getByRole("checkbox", { name: `${KS} meiden` });
    await tabTo(hub);
    await page.keyboard.press("Space");
    expect(await hub.isChecked()).toBe(true);
    // Any other organisation can be avoided too, and left out again.
    const amfn = "Arbeitsgemeinschaft für MigrantInnen und Flüchtlinge Niedersachsen e.V.";
    // The picker empties itself for the next one.
    await pickByKeyboard("Weitere Organisation meiden", "AMFN", amfn, "");
    const avoidList = page.getByRole("list", { name: "Gemiedene Organisationen" });
    expect(plainText(await avoidList.textContent())).toContain(amfn);
    await tabTo(page.getByRole("button", { name: `${amfn} nicht mehr meiden` }));
    await page.keyboard.press("Enter");
    await expect.poll(() => avoidList.count()).toBe(0);
    await tabTo(page.getByRole("button", { name: "Verbindung suchen" }));
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`avoid=${idOf.get("koordinationsstelle-album")}`));
    // Wait for the new answer itself (while it loads, no paths are shown at all).
    await expect
      .poll(async () => {
        const shown = await shownPaths();
        return shown.length > 0 && shown[0] !== viaOffice[0];
      })
      .toBe(true);
    avoiding = await shownPaths();
    expect(avoiding.length).toBeGreaterThan(0);
    for (const path of avoiding) expect(path).not.toContain(KS);
    expect(avoiding[0]!.startsWith(`${SCHOOLS} `)).toBe(true);
    expect(avoiding[0]!.endsWith(` ${VHS}`)).toBe(true);
    expect(plainText(await page.locator(".connection-result__summary").textContent())).toContain(`ohne ${KS}`);
  });

  it("gives the same result after a reload, and back and forward step through the searches", async () => {
    await page.reload();
    await paths().first().waitFor();
    expect(await shownPaths()).toEqual(avoiding);
    expect(await page.getByRole("checkbox", { name: `${KS} meiden` }).isChecked()).toBe(true);
    expect(await page.getByRole("combobox", { name: "Zu Organisation" }).inputValue()).toBe(VHS);
    await page.goBack();
    await expect.poll(() => shownPaths()).toEqual(viaOffice);
    expect(await page.getByRole("checkbox", { name: `${KS} meiden` }).isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => shownPaths()).toEqual(avoiding);
  });

  it("says clearly when the only connection runs through the avoided office, also on a phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const ks = idOf.get("koordinationsstelle-album");
    await page.goto(`${server.url}/verbindung?from=${idOf.get("kargah")}&to=${idOf.get("vhs-hannover")}&avoid=${ks}`);
    const none = page.locator("[data-connection-none]");
    await expect
      .poll(async () => plainText(await none.textContent()))
      .toBe(
        `Keine Verbindung ohne die gemiedenen Organisationen: kargah e.V. und Ada-und-Theodor-Lessing-Volkshochschule Hannover sind innerhalb von 6 Schritten nur über ${KS} verbunden.`,
      );
    expect(await paths().count()).toBe(0);
    expect(await noSidewaysScroll()).toBe(true);
    await expectNoSeriousAxeViolations(page, "connection finder, no connection, at 390x844");
    // Paths on a phone: every step readable without scrolling sideways.
    await page.goto(
      `${server.url}/verbindung?from=${idOf.get("schulverwaltung-hannover")}&to=${idOf.get("vhs-hannover")}&paths=5`,
    );
    await expect.poll(() => paths().count()).toBeGreaterThan(1);
    expect(await noSidewaysScroll()).toBe(true);
    await expectNoSeriousAxeViolations(page, "connection finder with paths at 390x844");
    await page.setViewportSize({ width: 1366, height: 800 });
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
