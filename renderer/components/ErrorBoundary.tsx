import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Shown instead of the children once they failed; `retry` renders them again. */
  fallback: (retry: () => void, error: unknown) => ReactNode;
  /** Another key (the user went to another area) clears the failure. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  error: unknown;
  key: string | undefined;
}

/**
 * Without a boundary, React takes the whole window down when one part throws while rendering (a
 * bug, or a part of the app whose file could not be loaded): the window goes blank, the header and
 * the Lock button with it. With one, only that part is replaced by a message. Nothing about the
 * error is shown or logged by us: its text may hold a person's data.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, error: null, key: props.resetKey };
  }

  private readonly retry = (): void => this.setState({ failed: false, error: null });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry, this.state.error) : this.props.children;
  }
}
