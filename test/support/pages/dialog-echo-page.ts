// A browser test page opened as an Office dialog: sends its query string back to the opener with `messageParent`
// (or, with `?stay`, waits to be closed by the user).
const query = new URLSearchParams(window.location.search);
if (!query.has('stay')) {
  void Office.onReady(() => Office.context.ui.messageParent(`echo:${query.get('say') ?? ''}`));
}
document.title = 'Dialog echo';
