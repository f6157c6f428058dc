import { ref } from "vue";
import type { LocalMessage } from "../utils/sign-in-error";

/** A message for the next page (e.g. "saved" after the edit form navigates to the profile); read once. */
const pending = ref<LocalMessage | null>(null);

export function setFlash(message: LocalMessage): void {
  pending.value = message;
}

export function takeFlash(): LocalMessage | null {
  const message = pending.value;
  pending.value = null;
  return message;
}
