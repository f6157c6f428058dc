import type { RouteRecordRaw } from "vue-router";

/** The public figures page (spread into the router before the catch-all). */
export const figuresRoutes: RouteRecordRaw[] = [
  { path: "/zahlen", name: "figures", component: () => import("../views/Figures/FiguresView.vue") },
];
