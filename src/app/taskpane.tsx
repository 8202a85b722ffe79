// Task pane entry point: waits for Office, then renders the app.
import { render } from 'preact';
import { App } from '../ui/app.js';

Office.onReady(() => {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
});
