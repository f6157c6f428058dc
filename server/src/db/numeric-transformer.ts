/** PostgreSQL returns numeric as a string to keep precision; amounts in euros fit a double. */
export function numericTransformer() {
  return {
    to: (value: number | null | undefined) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  };
}
