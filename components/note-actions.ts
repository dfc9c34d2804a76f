import type { NoteRecord } from '../utils/notes/record';
import type { PendingDelete } from '../utils/notes/tombstone';
import type { SaveResult } from './NoteForm';

/** What the quick-note view can ask of the outside world. */
export interface NoteActions {
  save: (text: string) => Promise<SaveResult>;
  edit: (id: string, text: string) => Promise<SaveResult>;
  /** Deletes the note; it can be restored for NOTE_UNDO_MS, even by a later opening of the popup. */
  remove: (note: NoteRecord) => Promise<SaveResult>;
  restore: (note: NoteRecord) => Promise<SaveResult>;
  /** Deletes that can still be undone, such as one made just before the popup last closed. */
  pendingDeletes: () => Promise<PendingDelete[]>;
}
