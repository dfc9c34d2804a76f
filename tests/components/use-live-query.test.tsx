import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { useLiveQuery } from '../../components/use-live-query';

function Probe({ query, initial }: { query: () => Promise<string>; initial?: string }) {
  const result = useLiveQuery(query, [], initial);
  return <p>{result.status === 'ready' ? result.value : result.status}</p>;
}

describe('useLiveQuery()', () => {
  test('is loading until the query answers', async () => {
    render(<Probe query={async () => 'from the query'} />);
    expect(screen.getByText('loading')).toBeTruthy();
    await screen.findByText('from the query');
  });

  test('shows a value read ahead of time at once, then what the query reads', async () => {
    let answer: ((value: string) => void) | undefined;
    render(<Probe query={() => new Promise((resolve) => (answer = resolve))} initial="read ahead" />);
    // Already on the first render: no loading state in between.
    expect(screen.getByText('read ahead')).toBeTruthy();
    await waitFor(() => expect(answer).toBeDefined());
    answer!('from the query');
    await screen.findByText('from the query');
  });
});
