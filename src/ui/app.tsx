// The task pane's root component.
export function App() {
  return (
    <main class="app">
      <h1>Contact Bridge</h1>
    </main>
  );
}
