import type { RouteRecordRaw } from "vue-router";

/** The office's spreadsheet import and the network export (spread into the router before the catch-all). */
export const importRoutes: RouteRecordRaw[] = [
  {
    path: "/import",
    name: "network-import",
    component: () => import("../views/Import/ImportView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
];
