// Catches a render error below it and shows a readable message with a retry, instead of a blank pane.
import { Component, type ComponentChildren } from 'preact';
import { format, strings } from '../strings/strings.js';

export interface ErrorBoundaryProps {
  /** Names the part of the pane in the message, e.g. "the Contacts view". */
  readonly area: string;
  readonly children: ComponentChildren;
}

interface ErrorBoundaryState {
  readonly error: Error | undefined;
}

const MAX_DETAIL_CHARS = 300;

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static override getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`Contact Bridge: error in ${this.props.area}`, error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const detail = error.message.length > MAX_DETAIL_CHARS ? `${error.message.slice(0, MAX_DETAIL_CHARS)}…` : error.message;
    return (
      <div class="error-panel" role="alert">
        <p class="error-panel__title">{format(strings.error.title, { area: this.props.area })}</p>
        <p class="error-panel__detail">
          {strings.error.details}: {detail}
        </p>
        <button type="button" class="button" onClick={() => this.setState({ error: undefined })}>
          {strings.error.retry}
        </button>
      </div>
    );
  }
}
