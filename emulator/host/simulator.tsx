// The Outlook host simulator: a reading pane with demo messages and the add-in's task pane beside it.
import { render } from 'preact';

function Simulator() {
  return (
    <div class="simulator">
      <iframe title="Contact Bridge task pane" src="/taskpane.html" width={360} height={700} />
    </div>
  );
}

const root = document.getElementById('simulator');
if (root) render(<Simulator />, root);
