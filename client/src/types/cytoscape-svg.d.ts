declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";

  const svg: Ext;
  export default svg;
}

declare namespace cytoscape {
  interface Core {
    /** cytoscape-svg: the current view (or the whole graph with `full`) as SVG source. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
