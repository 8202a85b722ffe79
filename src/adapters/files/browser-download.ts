// Hands a file to the browser as a download: a Blob behind an object URL, clicked through an `<a download>`.
// The URL is revoked after the click has been dispatched, so nothing stays in memory.

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
    // Revoke on the next task: the click's navigation reads the URL after this handler returns.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
