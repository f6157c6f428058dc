/** The responsive header (menu button on narrow screens) and the start page per role ("Mein Bereich"). */
export const layoutDe = {
  menu: "Menü",
  menuClose: "Menü schließen",
  home: "Mein Bereich",
  membersOnly:
    "Manche Seiten sehen nur angemeldete Mitglieder des Netzwerks. Wenn Sie Mitglied sind, melden Sie sich an – danach kommen Sie hierher zurück.",
  signInAndReturn: "Anmelden und zurückkehren",
};

/** The applications board on narrow screens: a picker that jumps to a status column. */
export const boardDe = {
  picker: "Zur Spalte",
  columns: "Spalten nach Status (seitlich blättern)",
};

export const boardEn: typeof boardDe = {
  picker: "Go to column",
  columns: "Columns by status (scroll sideways)",
};

export const layoutEn: typeof layoutDe = {
  menu: "Menu",
  menuClose: "Close menu",
  home: "My area",
  membersOnly:
    "Some pages are visible to signed-in members of the network only. If you are a member, sign in – you will come back here afterwards.",
  signInAndReturn: "Sign in and return",
};
