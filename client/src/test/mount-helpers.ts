import { createI18n } from "vue-i18n";
import { createMemoryHistory, createRouter } from "vue-router";
import { de } from "../i18n/de";
import { en } from "../i18n/en";
import { FORMAT_FALLBACK_LOCALE, FORMAT_FALLBACK_WARN, registerFormats } from "../i18n/formats";

/** A fresh i18n instance for component tests. */
export function testI18n(locale: "de" | "en" = "de") {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: FORMAT_FALLBACK_LOCALE,
    fallbackWarn: FORMAT_FALLBACK_WARN,
    messages: { de, en },
  });
  registerFormats(i18n.global);
  return i18n;
}

/** A router that knows the routes components link to. */
export function testRouter() {
  const stub = { template: "<div />" };
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", component: stub },
      { path: "/anmelden", name: "sign-in", component: stub },
      { path: "/organisationen/:slug", name: "organisation", component: stub },
      {
        path: "/organisationen/:slug/bearbeiten",
        name: "organisation-edit",
        component: stub,
        meta: { requiresAuth: true },
      },
      { path: "/protokoll", name: "audit-log", component: stub, meta: { requiresAuth: true, roles: ["COORDINATOR"] } },
      { path: "/ausschreibungen", name: "calls", component: stub },
      { path: "/ausschreibungen/:id", name: "call", component: stub },
      {
        path: "/anfragen",
        name: "requests",
        component: stub,
        meta: { requiresAuth: true, roles: ["PARTNER", "COORDINATOR"] },
      },
    ],
  });
}
