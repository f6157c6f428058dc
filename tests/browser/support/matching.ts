import type { Locator, Page } from "playwright-core";

/** The header's notification bell; its name says how many are unread ("1 ungelesene Benachrichtigung"). */
export function bellButton(page: Page): Locator {
  return page.getByRole("banner").getByRole("button", { name: /Benachrichtigung/ });
}

export async function openBell(page: Page): Promise<Locator> {
  const button = bellButton(page);
  await button.waitFor();
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  const panel = page.locator("#notification-panel");
  await panel.waitFor();
  return panel;
}

/** The row group of a suggestion table that names this organisation. */
export function suggestionRow(page: Page, organisationName: string, table: Locator | Page = page): Locator {
  return table
    .locator("tbody.suggestion")
    .filter({ has: page.getByRole("link", { name: organisationName, exact: true }) });
}

/** Presses Tab until the locator has focus; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("the control cannot be reached with Tab");
}
