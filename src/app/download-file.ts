/** Offers `content` to the person as a file download (used for exports made on the device). */
export function downloadFile(filename: string, content: string, type = 'application/json'): void {
  downloadBlob(filename, new Blob([content], { type }));
}

/** Offers a Blob (a file made on the device, or one fetched from the endpoint) as a file download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
