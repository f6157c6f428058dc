import { createI18n } from "vue-i18n";
import { de, type MessageSchema } from "./de";
import { en } from "./en";
import { FORMAT_FALLBACK_LOCALE, FORMAT_FALLBACK_WARN, registerFormats } from "./formats";

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
  messages: { de, en },
  fallbackLocale: FORMAT_FALLBACK_LOCALE,
  fallbackWarn: FORMAT_FALLBACK_WARN,
});

registerFormats(i18n.global);

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
