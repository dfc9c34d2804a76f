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
  test('leads with care, then puts the risk in a shorter second line, as a quiet status', () => {
    setup(22);
    const [lead, risk] = [...screen.getByRole('status').querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(lead).toBe('Keep your 22 notes safe: a backup takes a moment.');
    expect(risk).toBe('Until then, uninstalling Hearth or clearing browser data would erase them.');
    expect(risk?.length).toBeLessThan("Uninstalling Hearth or clearing your browser data deletes every note that isn't backed up.".length);
  });

  test('speaks of one note in the singular', () => {
    setup(1);
    const [lead, risk] = [...screen.getByRole('status').querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(lead).toBe('Keep your note safe: a backup takes a moment.');
    expect(risk).toBe('Until then, uninstalling Hearth or clearing browser data would erase it.');
  });

  test('says "or more" when the notes were counted only up to a cap, with the number formatted', () => {
    setup(1000, true);
    expect(screen.getByRole('status').textContent).toContain('Keep your 1,000 or more notes safe: a backup takes a moment.');
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
