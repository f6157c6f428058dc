import { describe, expect, it } from "vitest";
import {
  breakdownRows,
  defaultWeightsForm,
  formatPercent,
  formatScore,
  formatTotal,
  parseWeight,
  scoreWidth,
  validateWeightsForm,
  weightsInputFrom,
  type BreakdownItem,
} from "./scoring";

const nbsp = (text: string) => text.replace(/\u00a0|\u202f/g, " ");

describe("score formatting", () => {
  it("shows a score with two decimals in the UI language, clamped to [0, 1]", () => {
    expect(formatScore(0.7575, "de")).toBe("0,76");
    expect(formatScore(0.7575, "en")).toBe("0.76");
    expect(formatScore(1.2, "de")).toBe("1,00");
    expect(formatScore(Number.NaN, "de")).toBe("0,00");
    expect(formatTotal(1.3992, "de")).toBe("1,40");
  });

  it("shows shares as whole percentages", () => {
    expect(nbsp(formatPercent(0.35, "de"))).toBe("35 %");
    expect(formatPercent(0.35, "en")).toBe("35%");
    expect(nbsp(formatPercent(0.7166, "de"))).toBe("72 %");
  });

  it("gives the bar a width in percent", () => {
    expect(scoreWidth(0.7575)).toBe("75.8%");
    expect(scoreWidth(-1)).toBe("0%");
  });
});

describe("breakdownRows", () => {
  const items: BreakdownItem[] = [
    { criterion: "trust", weight: 0.1, value: 0.5, contribution: 0.05 },
    { criterion: "fairness", weight: 0, value: 0.9, contribution: 0 },
    { criterion: "topicCoverage", weight: 0.35, value: 0.75, contribution: 0.2625 },
  ];

  it("orders the criteria as DESIGN §4 does, leaves out weight 0 and formats each column", () => {
    const rows = breakdownRows(items, "de").map((row) => ({
      ...row,
      weight: nbsp(row.weight),
      value: nbsp(row.value),
    }));
    expect(rows).toEqual([
      { criterion: "topicCoverage", weight: "35 %", value: "75 %", contribution: "0,26" },
      { criterion: "trust", weight: "10 %", value: "50 %", contribution: "0,05" },
    ]);
  });

  it("keeps the fairness term when it carries weight", () => {
    const rows = breakdownRows(
      [...items.slice(0, 1), { criterion: "fairness", weight: 0.13, value: 1, contribution: 0.13 }],
      "en",
    );
    expect(rows.map((row) => row.criterion)).toEqual(["trust", "fairness"]);
    expect(rows[1]).toEqual({ criterion: "fairness", weight: "13%", value: "100%", contribution: "0.13" });
  });
});

describe("weights form → ScoringWeightsInput", () => {
  it("asks for the server's defaults (null) when nothing was changed", () => {
    expect(weightsInputFrom(defaultWeightsForm())).toBeNull();
  });

  it("sends every weight as a share once one changed", () => {
    const values = defaultWeightsForm();
    values.weights.topicCoverage = "50";
    values.weights.trust = "0";
    expect(weightsInputFrom(values)).toEqual({
      topicCoverage: 0.5,
      complementarity: 0.15,
      targetGroupFit: 0.15,
      localFit: 0.1,
      languageFit: 0.1,
      trust: 0,
      availability: 0.05,
    });
  });

  it("adds fairness mode with its weight, and novelty", () => {
    const values = { ...defaultWeightsForm(), fairnessMode: true, fairness: "20", preferNovelty: true };
    expect(weightsInputFrom(values)).toMatchObject({
      topicCoverage: 0.35,
      fairnessMode: true,
      fairness: 0.2,
      preferNovelty: true,
    });
    const noveltyOnly = { ...defaultWeightsForm(), preferNovelty: true };
    expect(weightsInputFrom(noveltyOnly)).toMatchObject({ preferNovelty: true });
    expect(weightsInputFrom(noveltyOnly)).not.toHaveProperty("fairnessMode");
  });

  it("reads German decimal commas and refuses what is no weight", () => {
    expect(parseWeight("12,5")).toBe(12.5);
    expect(parseWeight(" 7 ")).toBe(7);
    expect(parseWeight("")).toBeNull();
    expect(parseWeight("-1")).toBeNull();
    expect(parseWeight("101")).toBeNull();
    expect(parseWeight("abc")).toBeNull();
  });

  it("marks invalid fields and an all-zero weighting", () => {
    const values = defaultWeightsForm();
    values.weights.localFit = "x";
    expect(validateWeightsForm(values)).toEqual({ localFit: true });
    const zero = defaultWeightsForm();
    for (const key of Object.keys(zero.weights) as (keyof typeof zero.weights)[]) zero.weights[key] = "0";
    expect(validateWeightsForm(zero)).toEqual({ allZero: true });
    // In fairness mode the fairness weight counts too.
    expect(validateWeightsForm({ ...zero, fairnessMode: true, fairness: "15" })).toEqual({});
    expect(validateWeightsForm({ ...defaultWeightsForm(), fairnessMode: true, fairness: "" })).toEqual({
      fairness: true,
    });
  });
});
