import type { Directive } from "vue";

/**
 * `v-stack-table` on a `<table class="data-table data-table--stack">`: on a phone the rows become
 * cards (main.css), each cell headed by its column's name. The names are copied from the header
 * row into `data-label`, again whenever rows or the language change (a MutationObserver, since the
 * rows are often child components that update on their own).
 */
function label(table: HTMLTableElement): void {
  const heads = [...table.querySelectorAll("thead tr:first-child > th")].map((th) => th.textContent?.trim() ?? "");
  for (const row of table.querySelectorAll("tbody > tr")) {
    let column = 0;
    for (const cell of row.children) {
      const span = Number(cell.getAttribute("colspan") ?? "1") || 1;
      const head = span === 1 ? heads[column] : undefined;
      if (head && cell.getAttribute("data-label") !== head) cell.setAttribute("data-label", head);
      column += span;
    }
  }
}

const observers = new WeakMap<HTMLTableElement, MutationObserver>();

export const vStackTable: Directive<HTMLTableElement> = {
  mounted(table) {
    label(table);
    const observer = new MutationObserver(() => label(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    observers.set(table, observer);
  },
  unmounted(table) {
    observers.get(table)?.disconnect();
    observers.delete(table);
  },
};
