/**
 * A milestone's heading from its kind's label and its title, without saying the same word twice:
 * a title that already is the kind ("Interne Frist") or starts with it ("Einreichung: Aufruf X")
 * stands alone; any other title gets the kind in front ("Zwischenbericht: Halbjahr 1").
 */
export function milestoneHeading(kindLabel: string, title: string): string {
  const trimmed = title.trim();
  return milestoneTitleRepeatsKind(kindLabel, trimmed) ? trimmed : `${kindLabel}: ${trimmed}`;
}

/** True when the title begins with the kind's label as a word of its own (case and spacing aside). */
export function milestoneTitleRepeatsKind(kindLabel: string, title: string): boolean {
  const label = kindLabel.trim().toLocaleLowerCase();
  const text = title.trim().toLocaleLowerCase();
  if (!label || !text.startsWith(label)) return false;
  const next = text.charAt(label.length);
  return next === "" || !/[\p{L}\p{N}]/u.test(next);
}
