import { createApp, h, provide } from "vue";
import { DefaultApolloClient } from "@vue/apollo-composable";
import App from "./App.vue";
import { createApolloClient } from "./apollo";
import { loadViewer } from "./composables/use-session";
import { currentLocale, i18n } from "./i18n";
import { installAuthGuard, router } from "./router";
import "./styles/main.css";

const apolloClient = createApolloClient();
document.documentElement.lang = currentLocale();
installAuthGuard(router, () => loadViewer(apolloClient));

createApp({
  setup() {
    provide(DefaultApolloClient, apolloClient);
  },
  render: () => h(App),
})
  .use(i18n)
  .use(router)
  .mount("#app");
