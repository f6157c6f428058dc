import { InitialNetwork1764130000000 } from "./1764130000000-initial-network";

/** Every migration, in order. Added by hand so that bundling and tsc builds find them. */
export const migrations = [InitialNetwork1764130000000];
