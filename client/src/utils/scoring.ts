import type { ScoringCriterion, ScoringWeightsInput } from "../gql/graphql";
import {
  CRITERIA,
  DEFAULT_FAIRNESS_WEIGHT as DEFAULT_FAIRNESS_SHARE,
  DEFAULT_WEIGHTS as DEFAULT_SHARES,
  WEIGHTED_CRITERIA,
  WEIGHT_LIMITS,
  type WeightedCriterion,
} from "@album/shared";
import { formatNumberAs } from "../i18n/formats";

/** The criteria a user weighs, in the order of DESIGN §4 (defined in @album/shared); fairness joins in fairness mode. */
export { WEIGHTED_CRITERIA, WEIGHT_LIMITS, type WeightedCriterion };

/** Every criterion a breakdown can name, in display order. */
export const ALL_CRITERIA: readonly ScoringCriterion[] = CRITERIA;

/** A share of the score (0.35) as the whole percentage the form edits (35), without float noise (0.15 × 100). */
const asPercent = (share: number) => Math.round(share * 100 * 1e6) / 1e6;

/** The server's default weights (@album/shared) as percentages: the form edits relative weights 0–100. */
export const DEFAULT_WEIGHTS: Readonly<Record<WeightedCriterion, number>> = Object.fromEntries(
  WEIGHTED_CRITERIA.map((criterion) => [criterion, asPercent(DEFAULT_SHARES[criterion])]),
) as Record<WeightedCriterion, number>;
/** The fairness term's default weight in fairness mode, as a percentage. */
export const DEFAULT_FAIRNESS_WEIGHT = asPercent(DEFAULT_FAIRNESS_SHARE);

/** A score in [0, 1] with two decimals in the UI language ("0,76"). */
export function formatScore(score: number, locale: string): string {
  return formatNumberAs(clamp01(score), locale, "score");
}

/** A plan's total (the sum of its tandems' scores, so above 1 too) with two decimals. */
export function formatTotal(total: number, locale: string): string {
  return formatNumberAs(Number.isFinite(total) ? Math.max(0, total) : 0, locale, "score");
}

/** A share in [0, 1] as a whole percentage ("35 %" in German, "35%" in English). */
export function formatPercent(value: number, locale: string): string {
  return formatNumberAs(clamp01(value), locale, "percent");
}

/** The width of a score bar, as CSS. */
export function scoreWidth(score: number): string {
  return `${Math.round(clamp01(score) * 1000) / 10}%`;
}

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

export interface BreakdownItem {
  criterion: ScoringCriterion;
  weight: number;
  value: number;
  contribution: number;
}

export interface BreakdownRow {
  criterion: ScoringCriterion;
  weight: string;
  value: string;
  contribution: string;
}

/** The breakdown as table rows: criteria in a fixed order, criteria with weight 0 left out. */
export function breakdownRows(items: readonly BreakdownItem[], locale: string): BreakdownRow[] {
  const order = (criterion: ScoringCriterion) => {
    const index = ALL_CRITERIA.indexOf(criterion);
    return index < 0 ? ALL_CRITERIA.length : index;
  };
  return [...items]
    .filter((item) => item.weight > 0)
    .sort((a, b) => order(a.criterion) - order(b.criterion))
    .map((item) => ({
      criterion: item.criterion,
      weight: formatPercent(item.weight, locale),
      value: formatPercent(item.value, locale),
      contribution: formatScore(item.contribution, locale),
    }));
}

/** What the weights form holds: the numbers as typed, and the two modes. */
export interface WeightsFormValues {
  weights: Record<WeightedCriterion, string>;
  fairness: string;
  fairnessMode: boolean;
  preferNovelty: boolean;
}

export type WeightsFormField = WeightedCriterion | "fairness";
export type WeightsFormErrors = Partial<Record<WeightsFormField, true>> & { allZero?: true };

export function defaultWeightsForm(): WeightsFormValues {
  const weights = Object.fromEntries(WEIGHTED_CRITERIA.map((c) => [c, String(DEFAULT_WEIGHTS[c])])) as Record<
    WeightedCriterion,
    string
  >;
  return { weights, fairness: String(DEFAULT_FAIRNESS_WEIGHT), fairnessMode: false, preferNovelty: false };
}

export function cloneWeightsForm(values: WeightsFormValues): WeightsFormValues {
  return { ...values, weights: { ...values.weights } };
}

/** A weight as typed ("12,5" too); null when it is no number in 0–100. */
export function parseWeight(text: string | number): number | null {
  const trimmed = String(text).trim().replace(",", ".");
  if (trimmed === "" || !/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= WEIGHT_LIMITS.min && value <= WEIGHT_LIMITS.max ? value : null;
}

/** Fields with no number in 0–100, and whether every weight in use is 0 (the server refuses that). */
export function validateWeightsForm(values: WeightsFormValues): WeightsFormErrors {
  const errors: WeightsFormErrors = {};
  const used: number[] = [];
  for (const criterion of WEIGHTED_CRITERIA) {
    const value = parseWeight(values.weights[criterion]);
    if (value === null) errors[criterion] = true;
    else used.push(value);
  }
  if (values.fairnessMode) {
    const fairness = parseWeight(values.fairness);
    if (fairness === null) errors.fairness = true;
    else used.push(fairness);
  }
  const invalid = Object.keys(errors).length > 0;
  if (!invalid && used.every((value) => value === 0)) errors.allZero = true;
  return errors;
}

export function hasWeightsErrors(errors: WeightsFormErrors): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * The form as ScoringWeightsInput, or null when it asks for the defaults (the server's own weights,
 * no modes). Weights are sent as shares (35 → 0.35); the server normalises them to sum to 1.
 * Call only with a valid form (validateWeightsForm).
 */
export function weightsInputFrom(values: WeightsFormValues): ScoringWeightsInput | null {
  const numbers = Object.fromEntries(WEIGHTED_CRITERIA.map((c) => [c, parseWeight(values.weights[c]) ?? 0])) as Record<
    WeightedCriterion,
    number
  >;
  const isDefault = WEIGHTED_CRITERIA.every((c) => numbers[c] === DEFAULT_WEIGHTS[c]);
  if (isDefault && !values.fairnessMode && !values.preferNovelty) return null;
  const input: ScoringWeightsInput = {};
  for (const criterion of WEIGHTED_CRITERIA) input[criterion] = numbers[criterion] / 100;
  if (values.fairnessMode) {
    input.fairnessMode = true;
    input.fairness = (parseWeight(values.fairness) ?? DEFAULT_FAIRNESS_WEIGHT) / 100;
  }
  if (values.preferNovelty) input.preferNovelty = true;
  return input;
}
