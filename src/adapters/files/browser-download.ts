// Hands a file to the browser as a download: a Blob behind an object URL, clicked through an `<a download>`.
// The URL is revoked a while after the click (a download may read the blob after the click handler returns),
// so the file does not stay in memory for the life of the pane.

const REVOKE_AFTER_MS = 30_000;

export function downloadFile(name: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
