import type { RouteRecordRaw } from "vue-router";

/** Routes of the exchanges pages (spread into the router before the catch-all). */
export const exchangeRoutes: RouteRecordRaw[] = [];
