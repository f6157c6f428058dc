import {
  defaultWeightsForm,
  hasWeightsErrors,
  validateWeightsForm,
  type WeightsFormErrors,
  type WeightsFormValues,
} from "./scoring";
import { PLAN_LIMITS } from "@album/shared";

/** The plan builder's settings as typed. */
export interface PlanSettingsValues {
  tandems: string;
  maxTandemsPerOrganisation: string;
  weights: WeightsFormValues;
}

export interface PlanSettingsErrors {
  tandems?: true;
  maxTandemsPerOrganisation?: true;
  weights: WeightsFormErrors;
}

export { PLAN_LIMITS };

/** Starts from the call: k = the tandems it wants, its limit per organisation, default weights. */
export function planSettingsFor(call: {
  tandemsWanted: number;
  maxTandemsPerOrganisation: number;
}): PlanSettingsValues {
  return {
    tandems: String(call.tandemsWanted),
    maxTandemsPerOrganisation: String(call.maxTandemsPerOrganisation),
    weights: defaultWeightsForm(),
  };
}

/** A whole number in the limits; inputs of type number hand over numbers, others text. */
export function parseInteger(text: string | number, limits: { min: number; max: number }): number | null {
  const trimmed = String(text).trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= limits.min && value <= limits.max ? value : null;
}

export function validatePlanSettings(values: PlanSettingsValues): PlanSettingsErrors {
  const errors: PlanSettingsErrors = { weights: validateWeightsForm(values.weights) };
  if (parseInteger(values.tandems, PLAN_LIMITS.tandems) === null) errors.tandems = true;
  if (parseInteger(values.maxTandemsPerOrganisation, PLAN_LIMITS.maxTandemsPerOrganisation) === null)
    errors.maxTandemsPerOrganisation = true;
  return errors;
}

export function hasPlanErrors(errors: PlanSettingsErrors): boolean {
  return errors.tandems === true || errors.maxTandemsPerOrganisation === true || hasWeightsErrors(errors.weights);
}
