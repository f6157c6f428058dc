import type { RouteRecordRaw } from "vue-router";

/** The signed-in user's own mail settings (spread into the router before the catch-all). */
export const notificationSettingsRoutes: RouteRecordRaw[] = [
  {
    path: "/einstellungen/benachrichtigungen",
    name: "notification-settings",
    component: () => import("../views/Settings/NotificationSettingsView.vue"),
    meta: { requiresAuth: true },
  },
];
