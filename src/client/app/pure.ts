/**
 * A component that renders again only when a prop changes (shallow, by identity), like React's
 * `memo`, without preact/compat. For rows of long lists: a screen re-rendered above them (a
 * live query's answer, the next slice of rows) then diffs only the rows that changed.
 */
import { Component, type FunctionComponent, h } from 'preact';

/** `render` wrapped so equal props skip its render. */
export function pure<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const previous = this.props as Record<string, unknown>;
      const props = next as Record<string, unknown>;
      for (const key in props) if (props[key] !== previous[key]) return true;
      for (const key in previous) if (!(key in props)) return true;
      return false;
    }
    override render(props: P) {
      return h(render, props);
    }
  }
  return Pure as unknown as FunctionComponent<P>;
}
