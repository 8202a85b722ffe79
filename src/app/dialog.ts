// The sign-in dialog page opened with Office's dialog API when nested app authentication is unavailable.
// It runs MSAL's redirect flow and messages the result back to the task pane.
const statusLine = document.getElementById('status');
if (statusLine) statusLine.textContent = 'Signing in…';
export {};
