/** Exchanges, HaDi members, company profiles (issue 6). German first; the English object must keep the same keys. */
export const exchangesDe = {
  title: "Austausch",
};

export const exchangesEn: typeof exchangesDe = {
  title: "Exchanges",
};
