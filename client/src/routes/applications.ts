import type { RouteRecordRaw } from "vue-router";

/** Routes of the applications pages (spread into the router before the catch-all). */
export const applicationRoutes: RouteRecordRaw[] = [
  {
    path: "/antraege",
    name: "applications",
    component: () => import("../views/Applications/ApplicationsBoardView.vue"),
    meta: { requiresAuth: true, roles: ["PARTNER", "COORDINATOR"] },
  },
  {
    // Before /antraege/:id, so that "neu" is not taken for an id.
    path: "/antraege/neu",
    name: "application-new",
    component: () => import("../views/Applications/ApplicationCreateView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/antraege/:id",
    name: "application",
    component: () => import("../views/Applications/ApplicationView.vue"),
    props: true,
    meta: { requiresAuth: true, roles: ["PARTNER", "COORDINATOR"] },
  },
  {
    path: "/antraege/:id/bearbeiten",
    name: "application-edit",
    component: () => import("../views/Applications/ApplicationEditView.vue"),
    props: true,
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/kennzahlen",
    name: "dashboard",
    component: () => import("../views/Dashboard/DashboardView.vue"),
    meta: { requiresAuth: true, roles: ["PARTNER", "COORDINATOR"] },
  },
];
