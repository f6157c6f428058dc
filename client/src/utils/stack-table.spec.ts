import { describe, expect, it } from "vitest";
import { defineComponent, nextTick, ref } from "vue";
import { mount } from "@vue/test-utils";
import { vStackTable } from "./stack-table";

const Table = defineComponent({
  directives: { StackTable: vStackTable },
  setup() {
    const rows = ref([["kargah e.V.", "0,82"]]);
    const head = ref("Punktzahl");
    return { rows, head };
  },
  template: `<table v-stack-table class="data-table data-table--stack">
    <thead><tr><th>Organisation</th><th>{{ head }}</th></tr></thead>
    <tbody>
      <tr v-for="row in rows" :key="row[0]"><td>{{ row[0] }}</td><td>{{ row[1] }}</td></tr>
      <tr><td colspan="2">Details</td></tr>
    </tbody>
  </table>`,
});

describe("v-stack-table", () => {
  it("heads each cell with its column's name, also for rows and names that change later", async () => {
    const wrapper = mount(Table, { attachTo: document.body });
    const labels = () => wrapper.findAll("tbody td").map((cell) => cell.attributes("data-label") ?? null);
    expect(labels()).toEqual(["Organisation", "Punktzahl", null]);
    wrapper.vm.rows.push(["VHS Hannover", "0,75"]);
    wrapper.vm.head = "Score";
    await nextTick();
    // The observer runs after the DOM changed.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(labels()).toEqual(["Organisation", "Score", "Organisation", "Score", null]);
    wrapper.unmount();
  });
});
