/** A file name that is safe on every system: letters, digits and `@ . _ + -` only. */
export function safeFileName(value: string): string {
  return (
    value
      .trim()
      .replace(/[^\w@.+-]+/g, "_")
      .replace(/^\.+/, "_") || "export"
  );
}

/** The name of the DSGVO export file of one person. */
export function exportFileName(email: string): string {
  return `personendaten-${safeFileName(email.toLowerCase())}.json`;
}

/** Offers JSON as a download without a round trip to the server (a Blob URL, revoked afterwards). */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
