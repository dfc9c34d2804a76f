import type { NoteRecord } from '../utils/notes/record';
import type { SaveResult } from './NoteForm';

/** What the quick-note view can ask of the outside world. */
export interface NoteActions {
  save: (text: string) => Promise<SaveResult>;
  edit: (id: string, text: string) => Promise<SaveResult>;
  remove: (note: NoteRecord) => Promise<SaveResult>;
  restore: (note: NoteRecord) => Promise<SaveResult>;
}
