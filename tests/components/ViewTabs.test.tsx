import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, test } from 'vitest';
import { ViewTabs } from '../../components/ViewTabs';

function Harness() {
  const [selected, setSelected] = useState<'note' | 'week'>('note');
  return (
    <ViewTabs
      tabs={[
        { key: 'note', label: 'Note' },
        { key: 'week', label: 'This week' },
      ]}
      selected={selected}
      onSelect={setSelected}
      label="Hearth views"
      idPrefix="t"
    >
      <p>{selected} panel</p>
    </ViewTabs>
  );
}

describe('ViewTabs', () => {
  test('shows the selected panel, labelled by its tab', () => {
    render(<Harness />);
    expect(screen.getByRole('tab', { name: 'Note' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Note' }).textContent).toBe('note panel');
  });

  test('a click selects a tab', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('tab', { name: 'This week' }));
    expect(screen.getByRole('tabpanel', { name: 'This week' }).textContent).toBe('week panel');
  });

  test('arrow keys move between tabs and wrap around, with focus', () => {
    render(<Harness />);
    const note = screen.getByRole('tab', { name: 'Note' });
    fireEvent.keyDown(note, { key: 'ArrowRight' });
    const week = screen.getByRole('tab', { name: 'This week' });
    expect(week.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(week);
    fireEvent.keyDown(week, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Note' }).getAttribute('aria-selected')).toBe('true');
  });

  test('only the selected tab is in the Tab order', () => {
    render(<Harness />);
    expect(screen.getByRole('tab', { name: 'Note' }).tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'This week' }).tabIndex).toBe(-1);
  });
});
