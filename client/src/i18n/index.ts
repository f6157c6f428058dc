import { createI18n } from "vue-i18n";
import { de, type MessageSchema } from "./de";
import { en } from "./en";

export type AppLocale = "de" | "en";
export const LOCALES: readonly AppLocale[] = ["de", "en"];
const STORAGE_KEY = "album.locale";

export function isAppLocale(value: unknown): value is AppLocale {
  return value === "de" || value === "en";
}

/** The remembered choice, German otherwise (the network's working language). */
export function initialLocale(): AppLocale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isAppLocale(stored) ? stored : "de";
  } catch {
    return "de";
  }
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: "de",
  messages: { de, en },
});

/** The locale in use right now (read by the Apollo link at request time). */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

/** Switches the UI language, remembers it and updates `<html lang>`. */
export function applyLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}
