import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { BackupReminder } from '../../components/BackupReminder';

function setup(notesSinceBackup: number, atLeast?: boolean) {
  const onBackUp = vi.fn();
  const onDismiss = vi.fn();
  render(<BackupReminder notesSinceBackup={notesSinceBackup} atLeast={atLeast} locale="en" onBackUp={onBackUp} onDismiss={onDismiss} />);
  return { onBackUp, onDismiss };
}

describe('BackupReminder', () => {
  test('says, as a quiet status, how many notes are not backed up and what would delete them', () => {
    setup(23);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain("23 notes aren't in a backup yet.");
    expect(status.textContent).toContain("Uninstalling Hearth or clearing your browser data deletes every note that isn't backed up.");
  });

  test('counts one note in the singular', () => {
    setup(1);
    expect(screen.getByRole('status').textContent).toContain("1 note isn't in a backup yet.");
  });

  test('says "at least" when the notes were counted only up to a cap, with the number formatted', () => {
    setup(1000, true);
    expect(screen.getByRole('status').textContent).toContain("At least 1,000 notes aren't in a backup yet.");
  });

  test('takes no focus by itself', () => {
    setup(3);
    expect(screen.getByRole('status').contains(document.activeElement)).toBe(false);
  });

  test('"Back up now" and "Not now" each call their action', () => {
    const { onBackUp, onDismiss } = setup(20);
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(onBackUp).toHaveBeenCalledTimes(1);
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
