import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A page in its own context (axe needs one made by newContext, not browser.newPage). */
export async function newPage(browser: Browser, locale = "de-DE"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  return context.newPage();
}

/** The browser tests drive the built client, which the server serves from client/dist. */
export function assertClientBuilt(): void {
  const index = path.resolve(__dirname, "../../../client/dist/index.html");
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: run \`npm run build -w client\` (or \`npm run test:browser\`) first`);
  }
}

/** Collects uncaught page errors and console errors, so a test can assert there were none. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe (WCAG 2.1 A + AA) and fails on any violation of impact serious or critical. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (serious.length > 0) {
    const report = serious
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`,
      )
      .join("\n");
    throw new Error(`axe found ${serious.length} serious/critical violation(s) on ${label}:\n${report}`);
  }
}

/** The page's one h1. */
export const heading = (target: Page) => target.getByRole("heading", { level: 1 });

/** Text with Intl's (narrow) no-break spaces made plain and runs of white space collapsed, for comparisons. */
export const plainText = (text: string | null) =>
  (text ?? "")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
