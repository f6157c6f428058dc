import { describe, expect, it } from "vitest";
import { testI18n } from "../test/mount-helpers";
import { DATETIME_FORMATS, NUMBER_FORMATS, formatDateAs, formatNumberAs } from "./formats";

/** The app's i18n set-up (the one component tests mount with), in one language. */
const i18nIn = (locale: "de" | "en") => testI18n(locale).global;

describe("number and date formats", () => {
  it("reads the same in components (n, d) as in the utilities, in both languages", () => {
    const instant = new Date("2026-03-12T13:30:00Z");
    for (const locale of ["de", "en"] as const) {
      const { n, d } = i18nIn(locale);
      for (const name of Object.keys(NUMBER_FORMATS) as (keyof typeof NUMBER_FORMATS)[])
        expect(n(1_834_567.891, name)).toBe(formatNumberAs(1_834_567.891, locale, name));
      for (const name of Object.keys(DATETIME_FORMATS) as (keyof typeof DATETIME_FORMATS)[])
        expect(d(instant, name)).toBe(formatDateAs(instant, locale, name));
    }
  });

  it("writes German and British English", () => {
    const plain = (text: string) => text.replace(/\u00a0/g, " ");
    expect(plain(i18nIn("de").n(1_800_000, "euro"))).toBe("1.800.000 €");
    expect(i18nIn("en").n(1_800_000, "euroCompact")).toBe("€1.8m");
    expect(i18nIn("de").d(new Date("2026-03-12T00:00:00Z"), "short")).toBe("12.03.2026");
    expect(i18nIn("en").d(new Date("2026-03-12T00:00:00Z"), "short")).toBe("12/03/2026");
  });
});
