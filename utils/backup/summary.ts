import type { BackupFile } from './format';

/** What an import would bring, for the preview: "24 notes, 3 already here, 7 evenings". */
export interface ImportSummary {
  notes: number;
  /** Notes whose id this device already holds; import keeps whichever copy was edited last. */
  notesAlreadyHere: number;
  /** Notes deleted on this device (or in the file itself): import never brings them back. */
  notesDeletedHere: number;
  evenings: number;
  eveningsAlreadyHere: number;
  /** The file carries settings, which import would apply. */
  settings: boolean;
  /** Notes here that the file records as deleted, which import removes. */
  notesRemovedHere: number;
}

/** Counts the file's records, and those whose ids are already on this device. */
export function summariseImport(
  backup: Pick<BackupFile, 'notes' | 'evenings' | 'settings' | 'deletedNotes'>,
  existing: { noteIds: ReadonlySet<string>; deletedNoteIds: ReadonlySet<string>; eveningIds: ReadonlySet<string> },
): ImportSummary {
  const deletedInFile = new Set(backup.deletedNotes.map((tombstone) => tombstone.id));
  const deleted = (id: string) => existing.deletedNoteIds.has(id) || deletedInFile.has(id);
  return {
    notes: backup.notes.length,
    notesAlreadyHere: backup.notes.filter((note) => !deleted(note.id) && existing.noteIds.has(note.id)).length,
    notesDeletedHere: backup.notes.filter((note) => deleted(note.id)).length,
    evenings: backup.evenings.length,
    eveningsAlreadyHere: backup.evenings.filter((evening) => existing.eveningIds.has(evening.id)).length,
    settings: backup.settings !== undefined,
    notesRemovedHere: backup.deletedNotes.filter((tombstone) => existing.noteIds.has(tombstone.id)).length,
  };
}
