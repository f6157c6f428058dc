import type { RouteRecordRaw } from "vue-router";

/** Routes of the applications pages (spread into the router before the catch-all). */
export const applicationRoutes: RouteRecordRaw[] = [];
