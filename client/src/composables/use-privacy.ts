import { ref } from "vue";
import { useApolloClient } from "@vue/apollo-composable";
import type { ErasePersonalDataMutation } from "../gql/graphql";
import { ERASE_PERSONAL_DATA_MUTATION, PERSONAL_DATA_EXPORT_QUERY } from "../graphql/privacy";
import { resetAfterSessionChange } from "./use-session";

export type ErasureReport = ErasePersonalDataMutation["erasePersonalData"];

/** DSGVO access (Art. 15) and erasure (Art. 17) by e-mail address; for the coordination office. */
export function usePrivacyTools() {
  const { resolveClient } = useApolloClient();
  const busy = ref<"export" | "erase" | null>(null);

  async function exportData(email: string): Promise<Record<string, unknown>> {
    busy.value = "export";
    try {
      // no-cache: personal data is shown once and never kept in the client's cache.
      const { data, errors } = await resolveClient().query({
        query: PERSONAL_DATA_EXPORT_QUERY,
        variables: { email },
        fetchPolicy: "no-cache",
        errorPolicy: "none",
      });
      if (errors?.length || !data) throw new Error("export failed");
      return data.personalDataExport;
    } finally {
      busy.value = null;
    }
  }

  async function erase(email: string): Promise<ErasureReport> {
    busy.value = "erase";
    try {
      const client = resolveClient();
      const { data } = await client.mutate({ mutation: ERASE_PERSONAL_DATA_MUTATION, variables: { email } });
      if (!data) throw new Error("erasure failed");
      // Cached contact persons or accounts may name the erased person: start from a clean cache.
      await resetAfterSessionChange(client);
      return data.erasePersonalData;
    } finally {
      busy.value = null;
    }
  }

  return { busy, exportData, erase };
}
