import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, test, vi } from 'vitest';
import { WindowEditor, type ChangePace } from '../../components/WindowEditor';
import type { Weekday } from '../../utils/time/local';
import type { ConnectionWindow, SettingsError } from '../../utils/settings';

const windowOf = (id: string, days: Weekday[], start = '21:00', end = '22:00'): ConnectionWindow => ({ id, days, start, end });
const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** Holds the windows the way the settings form does, and records every change. */
function setup(initial: ConnectionWindow[], errors: SettingsError[] = []) {
  const onChange = vi.fn<(windows: ConnectionWindow[], pace: ChangePace) => void>();
  function Harness() {
    const [windows, setWindows] = useState(initial);
    return (
      <WindowEditor
        windows={windows}
        errors={errors}
        locale="en"
        onChange={(next, pace) => {
          onChange(next, pace);
          setWindows(next);
        }}
      />
    );
  }
  render(<Harness />);
  return { onChange, lastWindows: () => onChange.mock.lastCall?.[0] };
}

const group = (name: string) => screen.getByRole('group', { name });
const preview = () => screen.getByText('In short:').parentElement?.textContent;

describe('WindowEditor', () => {
  test('shows seven day toggles, Monday first, named in full but labelled short', () => {
    setup([windowOf('a', [1, 3, 5])]);
    const toggles = within(group('Window 1')).getAllByRole('checkbox');
    expect(toggles.map((toggle) => toggle.getAttribute('aria-label'))).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(toggles.map((toggle) => (toggle as HTMLInputElement).checked)).toEqual([true, false, true, false, true, false, false]);
    expect(within(group('Window 1')).getByText('Mon')).toBeTruthy();
  });

  test('toggling a day changes it at once, keeping days in order', () => {
    const { onChange } = setup([windowOf('a', [1, 5])]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    expect(onChange).toHaveBeenLastCalledWith([windowOf('a', [1, 3, 5])], 'now');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    expect(onChange).toHaveBeenLastCalledWith([windowOf('a', [3, 5])], 'now');
  });

  test('a time is a change made while typing, so the caller can wait for a pause', () => {
    const { onChange } = setup([windowOf('a', [1])]);
    fireEvent.input(screen.getByLabelText('Ends'), { target: { value: '23:15' } });
    expect(onChange).toHaveBeenLastCalledWith([windowOf('a', [1], '21:00', '23:15')], 'typing');
  });

  test('the last window cannot be removed; others can, and focus moves to "Add a window"', () => {
    setup([windowOf('a', [1])]);
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add a window' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove window 2' }));
    expect(screen.queryByRole('group', { name: 'Window 2' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a window' }));
  });

  test('a new window takes the free days at the usual hour, and gets the focus', () => {
    const { lastWindows } = setup([windowOf('first', [1, 2, 3, 4, 5])]);
    fireEvent.click(screen.getByRole('button', { name: 'Add a window' }));
    // An id no other install shares, so evenings from two devices never share one (#16).
    expect(lastWindows()).toEqual([windowOf('first', [1, 2, 3, 4, 5]), { ...windowOf('', [0, 6]), id: expect.stringMatching(/^w-[0-9a-f-]{36}$/) }]);
    expect(document.activeElement).toBe(within(group('Window 2')).getByRole('checkbox', { name: 'Monday' }));
  });

  test('"Add a window" stops at the limit', () => {
    setup(EVERY_DAY.map((day) => windowOf(`w${day}`, [day])));
    expect(screen.getByRole('button', { name: 'Add a window' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Up to 7 windows.')).toBeTruthy();
  });

  describe('shows each error next to its field', () => {
    test('a time: aria-invalid, and the message tied to it', () => {
      setup([windowOf('a', [1]), windowOf('b', [2], '21:00', '21:00')], [
        { path: 'windows[1].end', message: 'The end time must differ from the start time.' },
      ]);
      const end = within(group('Window 2')).getByLabelText('Ends');
      expect(end.getAttribute('aria-invalid')).toBe('true');
      const message = document.getElementById(end.getAttribute('aria-describedby') ?? '');
      expect(message?.textContent).toBe('The end time must differ from the start time.');
      expect(within(group('Window 2')).getByLabelText('Starts').getAttribute('aria-invalid')).toBeNull();
      expect(within(group('Window 1')).getByLabelText('Ends').getAttribute('aria-invalid')).toBeNull();
    });

    test('the days: every toggle of that window', () => {
      setup([windowOf('a', [])], [{ path: 'windows[0].days', message: 'Choose at least one day.' }]);
      for (const toggle of screen.getAllByRole('checkbox')) {
        expect(toggle.getAttribute('aria-invalid')).toBe('true');
        expect(document.getElementById(toggle.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Choose at least one day.');
      }
    });

    test('an overlap: on the window as a whole', () => {
      const message = 'This window overlaps the 21:00–22:00 window on the same evening.';
      setup([windowOf('a', [1]), windowOf('b', [1], '21:30', '23:00')], [{ path: 'windows[1]', message }]);
      const second = group('Window 2');
      expect(document.getElementById(second.getAttribute('aria-describedby') ?? '')?.textContent).toBe(message);
    });

    test('about the list: under "Add a window"', () => {
      setup([windowOf('a', [1])], [{ path: 'windows', message: 'Keep between 1 and 7 connection windows.' }]);
      const add = screen.getByRole('button', { name: 'Add a window' });
      expect(document.getElementById(add.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        'Keep between 1 and 7 connection windows.',
      );
    });
  });

  describe('the preview', () => {
    test('reads the windows in plain words and follows each change', () => {
      setup([windowOf('a', EVERY_DAY)]);
      expect(preview()).toBe('In short: Every day 21:00–22:00');
      fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
      fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
      expect(preview()).toBe('In short: Weeknights 21:00–22:00');
    });

    test('says when a window crosses midnight', () => {
      setup([windowOf('a', [1, 2, 3, 4]), windowOf('b', [5], '22:00', '23:00')]);
      fireEvent.input(within(group('Window 2')).getByLabelText('Ends'), { target: { value: '00:30' } });
      expect(preview()).toBe('In short: Mon, Tue, Wed, Thu 21:00–22:00; Friday 22:00–00:30 (ends 00:30 Saturday)');
    });

    test('without a complete window, says what is missing', () => {
      setup([windowOf('a', [])]);
      expect(preview()).toBe('In short: No window yet: choose days and times.');
    });
  });
});
