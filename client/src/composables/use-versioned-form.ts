import { computed, nextTick, ref, watch, type Ref } from "vue";
import type { FieldProblem } from "../utils/graphql-errors";
import type { ActionProblem } from "../utils/problem";
import type { FieldMessage } from "../utils/organisation-form";

export type SaveOutcome<Saved> = { ok: true; saved: Saved } | { ok: false; problem: ActionProblem };

export interface VersionedFormOptions<Entity extends { version: number }, Values, Field extends string, Saved> {
  /** The record being edited (null while loading, and when creating). */
  entity: Ref<Entity | null>;
  editing: Ref<boolean>;
  saving: Ref<boolean>;
  empty: () => Values;
  formFrom: (entity: Entity) => Values;
  validate: (values: Values) => Partial<Record<Field, FieldMessage>>;
  errorsFromServer: (problems: readonly FieldProblem[]) => {
    fieldErrors: Partial<Record<Field, FieldMessage>>;
    unmatched: FieldProblem[];
  };
  /** Fields in the order of the form, with their input ids: the error summary follows it. */
  fieldOrder: readonly Field[];
  fieldIds: Record<Field, string>;
  summaryText: (field: Field, message: FieldMessage) => string;
  /** Creates (no current record) or updates with the version the form was filled from. */
  save: (values: Values, current: { entity: Entity; version: number } | null) => Promise<SaveOutcome<Saved>>;
  onSaved: (saved: Saved) => Promise<unknown> | void;
  /** The server's current record, after a conflict. */
  refetch: () => Promise<Entity | null | undefined>;
  reloadedNotice: () => string;
}

/**
 * The create/edit form of a record with an optimistic version: filled once from the server (later
 * cache updates must not overwrite typing), checked in the browser first with an error summary that
 * takes focus, then saved with the version it was filled from; the server's field errors land at
 * the fields, anything else (a CONFLICT above all) in an alert that takes focus, and "reload"
 * replaces the form with the current record so nothing stale stays.
 */
export function useVersionedForm<Entity extends { version: number }, Values, Field extends string, Saved>(
  options: VersionedFormOptions<Entity, Values, Field, Saved>,
) {
  const values = ref(options.empty()) as Ref<Values>;
  const version = ref<number | null>(null);
  const errors = ref({}) as Ref<Partial<Record<Field, FieldMessage>>>;
  const problem = ref<ActionProblem | null>(null);
  const notice = ref("");
  /** Template refs: bind with ref="summary" (an ErrorSummary) and ref="problemBox". */
  const summary = ref<{ focus: () => void } | null>(null);
  const problemBox = ref<HTMLElement | null>(null);

  watch(
    options.entity,
    (loaded) => {
      if (loaded && options.editing.value && version.value === null) {
        values.value = options.formFrom(loaded);
        version.value = loaded.version;
      }
    },
    { immediate: true },
  );

  const ready = computed(() => !options.editing.value || (options.entity.value !== null && version.value !== null));
  const summaryItems = computed(() =>
    options.fieldOrder.flatMap((field) => {
      const message = errors.value[field];
      return message ? [{ target: options.fieldIds[field], text: options.summaryText(field, message) }] : [];
    }),
  );

  async function focusSummary(): Promise<void> {
    await nextTick();
    summary.value?.focus();
  }

  async function submit(): Promise<void> {
    if (options.saving.value || !ready.value) return;
    problem.value = null;
    notice.value = "";
    errors.value = options.validate(values.value);
    if (summaryItems.value.length) return focusSummary();
    const current =
      options.editing.value && options.entity.value && version.value !== null
        ? { entity: options.entity.value, version: version.value }
        : null;
    const outcome = await options.save(values.value, current);
    if (outcome.ok) {
      await options.onSaved(outcome.saved);
      return;
    }
    if (outcome.problem.kind === "invalid") {
      const mapped = options.errorsFromServer(outcome.problem.fields);
      errors.value = mapped.fieldErrors;
      if (summaryItems.value.length && !mapped.unmatched.length) return focusSummary();
    }
    problem.value = outcome.problem;
    await nextTick();
    problemBox.value?.focus();
  }

  async function reload(): Promise<void> {
    const fresh = await options.refetch();
    if (!fresh) return;
    values.value = options.formFrom(fresh);
    version.value = fresh.version;
    problem.value = null;
    errors.value = {};
    notice.value = options.reloadedNotice();
  }

  return { values, version, errors, problem, notice, summary, problemBox, ready, summaryItems, submit, reload };
}
