import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { DataPanel, type DataActions, type ImportPreview } from '../../components/DataPanel';

const preview = (overrides: Partial<ImportPreview> = {}): ImportPreview => ({
  notes: 3,
  notesAlreadyHere: 0,
  notesDeletedHere: 0,
  evenings: 2,
  eveningsAlreadyHere: 0,
  settings: true,
  notesRemovedHere: 0,
  ...overrides,
});

function setup(actions: Partial<DataActions> = {}, counts = { notes: 3, evenings: 2 }) {
  const all: DataActions = {
    exportBackup: vi.fn(async () => ({ ok: true as const, fileName: 'hearth-backup-2026-11-25.json', confirmSaved: vi.fn(async () => ({ ok: true as const })) })),
    readImport: vi.fn(async () => ({
      ok: true as const,
      preview: preview(),
      apply: async () => ({ ok: true as const, report: { notesAdded: 3, notesUpdated: 0, notesRemoved: 0, eveningsAdded: 2 } }),
    })),
    deleteEverything: vi.fn(async () => ({ ok: true as const })),
    ...actions,
  };
  render(<DataPanel counts={counts} actions={all} locale="en" />);
  return all;
}

const chooseFile = () =>
  fireEvent.change(screen.getByLabelText('Import a backup…'), { target: { files: [new File(['{}'], 'backup.json')] } });

describe('DataPanel', () => {
  test('previews an import with its counts, then reports what it did', async () => {
    setup();
    chooseFile();
    await screen.findByText("This file holds 3 notes (0 already here) and 2 evenings. Your settings will be replaced by the file's.");
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 3 new notes, 0 updated, 2 evenings.');
  });

  test('says "1 note" and "1 evening", never "1 notes"', async () => {
    setup({
      readImport: async () => ({
        ok: true,
        preview: preview({ notes: 1, evenings: 1, settings: false }),
        apply: async () => ({ ok: true, report: { notesAdded: 1, notesUpdated: 0, notesRemoved: 0, eveningsAdded: 1 } }),
      }),
    });
    chooseFile();
    await screen.findByText('This file holds 1 note (0 already here) and 1 evening.');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 1 new note, 0 updated, 1 evening.');
  });

  test('says before and after an import which notes here it removes, because the file records them as deleted', async () => {
    setup({
      readImport: async () => ({
        ok: true,
        preview: preview({ settings: false, notesRemovedHere: 2, notesDeletedHere: 1 }),
        apply: async () => ({ ok: true, report: { notesAdded: 3, notesUpdated: 0, notesRemoved: 2, eveningsAdded: 2 } }),
      }),
    });
    chooseFile();
    await screen.findByText(
      'This file holds 3 notes (0 already here) and 2 evenings. 1 of its notes was deleted here and stays deleted. It also records 2 notes as deleted, which are on this device and will be removed.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 3 new notes, 0 updated, 2 evenings. 2 notes deleted elsewhere were removed.');
  });

  test('an export counts as a backup only once the user says the file is saved', async () => {
    const confirmSaved = vi.fn(async () => ({ ok: true as const }));
    setup({ exportBackup: async () => ({ ok: true, fileName: 'hearth-backup-2026-11-25.json', confirmSaved }) });
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup' }));

    await screen.findByText(/^Your browser is saving hearth-backup-2026-11-25\.json\. Once the file is saved/);
    expect(confirmSaved).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'I have the file' }));
    await screen.findByText('Backup noted. Your notes are safe in hearth-backup-2026-11-25.json.');
    expect(confirmSaved).toHaveBeenCalledTimes(1);
  });

  test('a Save As that was cancelled is never counted: without the confirmation nothing is recorded', async () => {
    const confirmSaved = vi.fn(async () => ({ ok: true as const }));
    setup({ exportBackup: async () => ({ ok: true, fileName: 'hearth-backup-2026-11-25.json', confirmSaved }) });
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup' }));
    await screen.findByRole('button', { name: 'I have the file' });
    fireEvent.click(screen.getByRole('button', { name: 'Not saved' }));
    expect(screen.queryByRole('button', { name: 'I have the file' })).toBeNull();
    expect(confirmSaved).not.toHaveBeenCalled();
  });

  test('refuses a bad file with every reason, as an alert, and offers no import', async () => {
    setup({ readImport: async () => ({ ok: false, errors: [{ path: '', message: 'notes[1].text: longer than 2,000 characters' }] }) });
    chooseFile();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("This file can't be imported, so nothing was changed:");
    expect(alert.textContent).toContain('notes[1].text: longer than 2,000 characters');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });

  test('deletes only after a confirmation that states the counts', async () => {
    const actions = setup({}, { notes: 1, evenings: 4 });
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByText(/^This deletes every note and evening record on this device: 1 note and 4 evening records\./)).toBeTruthy();
    expect(actions.deleteEverything).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('Everything was deleted. Hearth starts afresh.');
    expect(actions.deleteEverything).toHaveBeenCalledTimes(1);
  });
});
