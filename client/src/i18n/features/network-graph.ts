/** The network graph as a tool (/netzwerk, issue 13): search, panel, filters, legend, exports. German first; the English object must keep the same keys. */
export const graphDe = {
  search: {
    label: "Organisation im Graphen finden",
    placeholder: "Name eingeben …",
    results: "Keine Treffer | Ein Treffer | {count} Treffer",
  },
  visible:
    "Sichtbar: {nodes} von {total} Organisationen, {edges} von {totalEdges} Verbindungen, {communities} Gruppen im Netzwerk.",
  hubKept: "{name} bleibt als Knotenpunkt sichtbar.",
  connectorsShown:
    "Keine verbindende Organisation | Eine verbindende Organisation blass dargestellt. | {count} verbindende Organisationen blass dargestellt.",
  isolated:
    "Keine ohne Verbindung | Eine Organisation hat in dieser Auswahl keine Verbindung. | {count} Organisationen haben in dieser Auswahl keine Verbindung.",
  undated:
    "Keine undatierte Verbindung | Eine Verbindung ohne Datum bleibt sichtbar. | {count} Verbindungen ohne Datum bleiben sichtbar.",
  filters: "Filter",
  filterYear: "Jahr",
  allYears: "Alle Jahre",
  filterRelation: "Art der Verbindung",
  colourBy: "Farbe nach",
  communities: "Gruppe",
  communityEntry: "Gruppe {number}: {count} Organisationen",
  communityOverflow: "Gruppen ab Nummer {shown} teilen sich die letzte Farbe.",
  communityHint: "Gruppen sind eng miteinander verbundene Organisationen (Louvain-Verfahren über das ganze Netzwerk).",
  edgeLegend: "Linien",
  lineStyle: {
    solid: "durchgezogen",
    dashed: "gestrichelt",
    dotted: "gepunktet",
  },
  edgeHint:
    "Dickere Linien: mehrere gemeinsame Projekte. Doppelter Rand: Knotenpunkt, der bei Filtern sichtbar bleibt.",
  panel: {
    close: "Auswahl aufheben",
    district: "Stadtteil",
    topics: "Handlungsfelder",
    unknown: "nicht angegeben",
    degree: "{degree} im Netzwerk, {shown} davon sichtbar",
    hops: "Umgebung zeigen",
    hop0: "Ganzes Netzwerk",
    hop1: "1 Schritt",
    hop2: "2 Schritte",
    open: "Profil öffnen",
  },
  export: {
    label: "Exportieren",
    png: "Aktuelle Ansicht als PNG-Bild herunterladen",
    svg: "Aktuelle Ansicht als SVG-Grafik herunterladen",
    graphml: "Gefiltertes Netzwerk als GraphML (für Gephi, yEd) herunterladen",
    gexf: "Gefiltertes Netzwerk als GEXF (für Gephi) herunterladen",
    pngShort: "PNG",
    svgShort: "SVG",
    graphmlShort: "GraphML",
    gexfShort: "GEXF",
    failed: "Der Export ist fehlgeschlagen. Bitte versuchen Sie es erneut.",
  },
};

export const graphEn: typeof graphDe = {
  search: {
    label: "Find an organisation in the graph",
    placeholder: "Type a name …",
    results: "No matches | One match | {count} matches",
  },
  visible:
    "Showing {nodes} of {total} organisations, {edges} of {totalEdges} connections, {communities} groups in the network.",
  hubKept: "{name} stays visible as the hub.",
  connectorsShown:
    "No connecting organisation | One connecting organisation shown faded. | {count} connecting organisations shown faded.",
  isolated:
    "None without a connection | One organisation has no connection in this selection. | {count} organisations have no connection in this selection.",
  undated:
    "No undated connection | One connection without a date stays visible. | {count} connections without a date stay visible.",
  filters: "Filters",
  filterYear: "Year",
  allYears: "All years",
  filterRelation: "Kind of connection",
  colourBy: "Colour by",
  communities: "Group",
  communityEntry: "Group {number}: {count} organisations",
  communityOverflow: "Groups from number {shown} on share the last colour.",
  communityHint: "Groups are closely linked organisations (Louvain method over the whole network).",
  edgeLegend: "Lines",
  lineStyle: {
    solid: "solid",
    dashed: "dashed",
    dotted: "dotted",
  },
  edgeHint: "Thicker lines: several joint projects. Double border: the hub, kept visible by filters.",
  panel: {
    close: "Clear selection",
    district: "District",
    topics: "Fields of action",
    unknown: "not given",
    degree: "{degree} in the network, {shown} of them shown",
    hops: "Show neighbourhood",
    hop0: "Whole network",
    hop1: "1 step",
    hop2: "2 steps",
    open: "Open profile",
  },
  export: {
    label: "Export",
    png: "Download the current view as a PNG image",
    svg: "Download the current view as an SVG graphic",
    graphml: "Download the filtered network as GraphML (for Gephi, yEd)",
    gexf: "Download the filtered network as GEXF (for Gephi)",
    pngShort: "PNG",
    svgShort: "SVG",
    graphmlShort: "GraphML",
    gexfShort: "GEXF",
    failed: "The export failed. Please try again.",
  },
};
