import type { ComponentChildren } from 'preact';
import type { NoteRecord } from '../utils/notes/record';
import type { DraftStore } from '../utils/notes/drafts';
import { t } from '../utils/platform/i18n';
import { NoteForm } from './NoteForm';
import type { NoteActions } from './note-actions';
import { NoteList } from './NoteList';
import { useUndoableDelete } from './use-undoable-delete';

export interface QuickNoteProps {
  placeholder: string;
  draft: DraftStore;
  /** Newest first; undefined while loading, an error message if loading failed. */
  recent: readonly NoteRecord[] | undefined | { error: string };
  describeTime: (createdAt: number) => string;
  actions: NoteActions;
  onReady?: () => void;
  /** Shown between the form and the recent notes: the backup reminder. */
  belowForm?: ComponentChildren;
  /** Where each note's unsaved edit waits (issue 16, defect 7). */
  editDrafts?: (noteId: string) => DraftStore;
}

/** The popup's first moment: write a note in seconds, then see it among the recent ones. */
export function QuickNote({ placeholder, draft, recent, describeTime, actions, onReady, belowForm, editDrafts }: QuickNoteProps) {
  const { remove, feedback } = useUndoableDelete(actions);

  return (
    <section class="quick-note">
      <NoteForm placeholder={placeholder} draft={draft} onSave={actions.save} onReady={onReady} />
      {belowForm}
      <h2 id="recent-heading" class="section-heading">
        {t('recentNotesHeading')}
      </h2>
      {recent === undefined ? (
        <p class="quiet">{t('recentNotesLoading')}</p>
      ) : 'error' in recent ? (
        <p class="status status-error" role="alert">
          {recent.error}
        </p>
      ) : recent.length === 0 ? (
        <p class="quiet empty">{t('recentNotesEmpty')}</p>
      ) : (
        <NoteList
          notes={recent}
          describeTime={describeTime}
          onEdit={actions.edit}
          onDelete={remove}
          labelledBy="recent-heading"
          editDrafts={editDrafts}
        />
      )}
      {feedback}
    </section>
  );
}
