import type { DraftStore } from '../utils/notes/drafts';
import type { NoteRecord } from '../utils/notes/record';
import type { SaveResult } from './NoteForm';
import { NoteItem } from './NoteItem';

export interface NoteListProps {
  notes: readonly NoteRecord[];
  describeTime: (createdAt: number) => string;
  onEdit: (id: string, text: string) => Promise<SaveResult>;
  onDelete: (note: NoteRecord) => void;
  labelledBy: string;
  /** Where each note's unsaved edit waits; without it, an edit lives only on screen. */
  editDrafts?: (noteId: string) => DraftStore;
}

/** Notes in the order given (callers pass newest first). */
export function NoteList({ notes, describeTime, onEdit, onDelete, labelledBy, editDrafts }: NoteListProps) {
  return (
    <ul class="note-list" aria-labelledby={labelledBy}>
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} when={describeTime(note.createdAt)} onEdit={onEdit} onDelete={onDelete} editDraft={editDrafts?.(note.id)} />
      ))}
    </ul>
  );
}
