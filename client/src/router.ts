import { createRouter, createWebHistory, type RouteRecordRaw } from "vue-router";

const DirectoryView = () => import("./views/Directory/DirectoryView.vue");

const routes: RouteRecordRaw[] = [
  { path: "/", name: "home", component: DirectoryView },
  { path: "/organisationen", name: "directory", component: DirectoryView },
  {
    path: "/organisationen/:slug",
    name: "organisation",
    component: () => import("./views/Organisation/OrganisationView.vue"),
    props: true,
  },
  { path: "/netzwerk", name: "network", component: () => import("./views/Network/NetworkView.vue") },
  { path: "/verbindung", name: "connection", component: () => import("./views/Connection/ConnectionView.vue") },
  { path: "/:pathMatch(.*)*", name: "not-found", component: () => import("./views/Errors/NotFoundView.vue") },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior(to, from, saved) {
    if (saved) return saved;
    // Changing filters (same path, new query) keeps the position; a new page starts at the top.
    if (to.path === from.path) return false;
    return { top: 0 };
  },
});
