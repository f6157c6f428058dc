/** Loads taxonomy rows (or any keyed rows) through a DataLoader, dropping unknown keys. */
export async function loadKeys<T>(
  loader: { loadMany(keys: readonly string[]): Promise<(T | Error | null)[]> },
  keys: string[],
): Promise<T[]> {
  return (await loader.loadMany(keys)).filter((row): row is T => row !== null && !(row instanceof Error));
}
