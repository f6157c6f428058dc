import { toValue, watchEffect, type MaybeRefOrGetter } from "vue";
import { useI18n } from "vue-i18n";

/** Keeps document.title as "<page> – <site>", following the language. */
export function usePageTitle(page: MaybeRefOrGetter<string | null | undefined>): void {
  const { t } = useI18n();
  watchEffect(() => {
    const title = toValue(page);
    const site = t("app.name");
    document.title = title ? `${title} – ${site}` : site;
  });
}
