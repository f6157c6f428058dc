import { useI18n } from "vue-i18n";

export interface Labelled {
  key: string;
  labelDe: string;
  labelEn: string;
}

/** Picks the label of a taxonomy entry (topic, district, …) in the UI language. */
export function useLocalized() {
  const { locale } = useI18n();
  const label = (entry: Labelled) => (locale.value === "en" ? entry.labelEn : entry.labelDe);
  const labels = (entries: readonly Labelled[]) => entries.map(label);
  return { label, labels, locale };
}
