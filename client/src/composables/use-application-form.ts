import { computed, ref } from "vue";
import { useI18n } from "vue-i18n";
import { formatEuro } from "../utils/application-format";
import {
  applicationFieldId,
  applicationFieldOrder,
  emptyApplicationForm,
  evenShares,
  shareField,
  type ApplicationFieldErrors,
  type ApplicationFormValues,
} from "../utils/application-form";
import type { FieldMessage } from "../utils/organisation-form";

/** The state both application forms share: values, errors as text at the fields and in the summary, and the even split. */
export function useApplicationForm() {
  const { t, locale } = useI18n();
  const values = ref<ApplicationFormValues>(emptyApplicationForm());
  const errors = ref<ApplicationFieldErrors>({});

  function text(message: FieldMessage): string {
    if (message.key === "applications.validation.budgetSum") {
      const cents = Number(message.params?.difference ?? 0);
      return t(message.key, { difference: formatEuro(cents / 100, locale.value) });
    }
    return t(message.key, message.params ?? {});
  }

  const messageOf = (field: string): string | null => {
    const message = errors.value[field];
    return message ? text(message) : null;
  };

  function labelOf(field: string): string {
    const share = /^tandems\.(\d+)\.budgetShare$/.exec(field);
    if (share) {
      const row = values.value.tandems[Number(share[1])];
      return row
        ? t("applications.form.shareLabel", { mo: row.migrantOrganisation.name, ei: row.educationalInstitution.name })
        : field;
    }
    const labels: Record<string, string> = {
      title: t("applications.form.title"),
      description: t("applications.form.description"),
      requestedAmount: t("applications.form.requestedAmount"),
      startsOn: t("applications.form.startsOn"),
      endsOn: t("applications.form.endsOn"),
      internalDeadline: t("applications.form.internalDeadline"),
      tandems: t("applications.form.budget"),
    };
    return labels[field] ?? field;
  }

  const summaryItems = computed<{ target: string; text: string }[]>(() =>
    applicationFieldOrder(values.value).flatMap((field) => {
      const message = errors.value[field];
      return message ? [{ target: applicationFieldId(field), text: `${labelOf(field)}: ${text(message)}` }] : [];
    }),
  );

  /** Splits the requested amount evenly over the tandems (to the cent, remainder on the first). */
  function splitEvenly(): void {
    const shares = evenShares(values.value.requestedAmount, values.value.tandems.length, locale.value);
    values.value = {
      ...values.value,
      tandems: values.value.tandems.map((row, index) => ({ ...row, share: shares[index] ?? "" })),
    };
    // A problem of the old split must not linger next to the new one.
    const rest = { ...errors.value };
    delete rest.tandems;
    values.value.tandems.forEach((_, index) => delete rest[shareField(index)]);
    errors.value = rest;
  }

  return { values, errors, messageOf, summaryItems, splitEvenly };
}
