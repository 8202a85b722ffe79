// A dialog window opened by the host (Office's dialog API), used for the sign-in fallback when
// nested app authentication is unavailable.

export interface HostDialog {
  /**
   * Opens `url` (same origin as the pane) in a host dialog and resolves with the first message the page
   * sends back (`Office.context.ui.messageParent`), closing the dialog.
   * Rejects with `AuthError` (reason `cancelled`) when the user closes it, or `Error` when the host refuses to open it.
   */
  openAndReceive(url: string, options?: { widthPercent?: number; heightPercent?: number }): Promise<string>;
}
