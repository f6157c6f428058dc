import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { DEMO } from "../../support/test-server";
import { heading } from "./browser";

/** The header's account button (its name starts with "Konto"). */
export function userMenuButton(page: Page): Locator {
  return page.getByRole("banner").getByRole("button", { name: /^Konto/ });
}

export async function openUserMenu(page: Page): Promise<void> {
  const button = userMenuButton(page);
  await button.waitFor();
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await page.locator("#user-menu-panel").waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await openUserMenu(page);
  await page.locator("#user-menu-panel").getByRole("button", { name: "Abmelden" }).click();
  await page.getByRole("banner").getByRole("link", { name: "Anmelden" }).waitFor();
}

/** Fills the sign-in form on the current page and submits it with the mouse. */
export async function signInByForm(page: Page, email: string, password: string): Promise<void> {
  const main = page.getByRole("main");
  await main.getByLabel("E-Mail-Adresse").fill(email);
  await main.getByLabel("Passwort").fill(password);
  await main.getByRole("button", { name: "Anmelden" }).click();
}

/** Reaches the e-mail field with Tab from the top of the page, types, and submits with Enter. */
export async function signInByKeyboard(page: Page, email: string, password: string): Promise<void> {
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = (await page.locator("#signin-email:focus").count()) === 1;
  }
  if (!reached) throw new Error("the e-mail field cannot be reached with Tab");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  if ((await page.locator("#signin-password:focus").count()) !== 1)
    throw new Error("Tab from the e-mail field does not reach the password");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
}

/** Signs a demo account in through the form and waits until the app has brought the user back to `returnTo`. */
export async function signInAs(page: Page, baseUrl: string, email: string, returnTo: string): Promise<void> {
  await page.goto(`${baseUrl}/anmelden?weiter=${encodeURIComponent(returnTo)}`);
  await expect.poll(() => heading(page).textContent()).toBe("Anmelden");
  await signInByForm(page, email, DEMO.password);
  await page.waitForURL((url) => url.pathname === returnTo.split("?")[0]);
}
