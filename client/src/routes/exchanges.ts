import type { RouteRecordRaw } from "vue-router";

const ExchangeEditView = () => import("../views/Exchanges/ExchangeEditView.vue");

/** Routes of the exchanges pages (spread into the router before the catch-all). */
export const exchangeRoutes: RouteRecordRaw[] = [
  { path: "/austausch", name: "exchanges", component: () => import("../views/Exchanges/ExchangesView.vue") },
  {
    path: "/austausch/neu",
    name: "exchange-new",
    component: ExchangeEditView,
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/austausch/meine",
    name: "my-exchanges",
    component: () => import("../views/Exchanges/MyExchangesView.vue"),
    meta: { requiresAuth: true },
  },
  {
    path: "/austausch/:id",
    name: "exchange",
    component: () => import("../views/Exchanges/ExchangeView.vue"),
    props: true,
  },
  {
    path: "/austausch/:id/bearbeiten",
    name: "exchange-edit",
    component: ExchangeEditView,
    props: true,
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  { path: "/hadi", name: "hadi-members", component: () => import("../views/Companies/HadiMembersView.vue") },
];
