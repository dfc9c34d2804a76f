import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftStore } from '../utils/notes/drafts';
import type { NoteRecord } from '../utils/notes/record';
import { t } from '../utils/platform/i18n';
import { checkNoteText, NOTE_MAX_LENGTH, noteLength } from '../utils/notes/text';
import type { SaveResult } from './NoteForm';
import { isSaveShortcut } from './keyboard';

export interface NoteItemProps {
  note: NoteRecord;
  when: string;
  onEdit: (id: string, text: string) => Promise<SaveResult>;
  onDelete: (note: NoteRecord) => void;
  /** Where this note's unsaved edit waits while the popup is closed. */
  editDraft?: DraftStore;
}

// Past about four lines at the popup's width, a note is shown clamped, so one
// long note can't push the rest of the week out of sight (issue 19).
const CLAMP_FROM_CHARS = 240;
const CLAMP_FROM_LINES = 5;

function isLong(text: string): boolean {
  return noteLength(text) > CLAMP_FROM_CHARS || text.split('\n').length >= CLAMP_FROM_LINES;
}

/** An edit left unsaved when the popup closed, unless it matches the note (then there is nothing to offer). */
function keptEdit(note: NoteRecord, editDraft: DraftStore | undefined): string {
  const kept = editDraft?.load() ?? '';
  if (kept === note.text) editDraft?.clear();
  return kept === note.text ? '' : kept;
}

/** One note in a list: read it, edit it in place, or delete it. */
export function NoteItem({ note, when, onEdit, onDelete, editDraft }: NoteItemProps) {
  // A kept edit comes back open, but without focus: the popup's note field has it.
  const [restored] = useState(() => keptEdit(note, editDraft));
  const [editing, setEditing] = useState<false | 'by-user' | 'restored'>(restored ? 'restored' : false);
  const [text, setText] = useState(restored || note.text);
  // The field stays editable while saving; this is what it holds now.
  const latest = useRef(text);
  const [error, setError] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const errorId = `note-edit-error-${note.id}`;
  const statusId = `note-edit-status-${note.id}`;
  const textId = `note-text-${note.id}`;
  const [expanded, setExpanded] = useState(false);
  const long = isLong(note.text);

  useEffect(() => {
    if (editing === 'by-user') field.current?.focus();
  }, [editing]);

  function update(value: string) {
    latest.current = value;
    setText(value);
    setError('');
    editDraft?.save(value);
  }

  function startEditing() {
    latest.current = note.text;
    setText(note.text);
    setError('');
    setEditing('by-user');
  }

  function stopEditing() {
    editDraft?.clear();
    setEditing(false);
    // Return focus to where the user was, not to the top of the page.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  async function save() {
    const checked = checkNoteText(text);
    if (!checked.ok) {
      setError(checked.reason === 'empty' ? t('noteEmpty') : t('noteTooLong', [checked.over, NOTE_MAX_LENGTH]));
      return;
    }
    const sent = text;
    const result = await onEdit(note.id, checked.text);
    if (!result.ok) setError(result.message);
    // Typed on while it saved: the field holds the whole note as meant, so it stays open (and drafted).
    else if (latest.current === sent) stopEditing();
  }

  if (editing) {
    return (
      <li class="note-item note-item-editing">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          aria-label={t('noteEditLabel', when)}
        >
          <label class="visually-hidden" for={`note-edit-${note.id}`}>
            {t('noteEditFieldLabel')}
          </label>
          <textarea
            id={`note-edit-${note.id}`}
            ref={field}
            class="note-field"
            rows={3}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : statusId}
            onInput={(event) => update(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (isSaveShortcut(event)) {
                event.preventDefault();
                void save();
              } else if (event.key === 'Escape') {
                // Esc cancels the edit; it must not also close the popup.
                event.preventDefault();
                event.stopPropagation();
                stopEditing();
              }
            }}
          />
          {error ? (
            <p id={errorId} class="status status-error" role="alert">
              {error}
            </p>
          ) : (
            <p id={statusId} class="status" role="status">
              {editing === 'restored' && text === restored ? t('noteEditRestored') : ''}
            </p>
          )}
          <div class="note-actions">
            <button type="submit" class="button-primary">
              {t('noteEditSave')}
            </button>
            <button type="button" class="button-quiet" onClick={stopEditing}>
              {t('noteEditCancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li class="note-item">
      <p id={textId} class={long && !expanded ? 'note-text note-text-clamped' : 'note-text'}>
        {note.text}
      </p>
      {long && (
        <button
          type="button"
          class="button-link note-more"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={textId}
          onClick={() => setExpanded(!expanded)}
        >
          {t(expanded ? 'noteShowLess' : 'noteShowMore')}
        </button>
      )}
      <div class="note-meta">
        <time dateTime={new Date(note.createdAt).toISOString()}>{when}</time>
        {note.source === 'nudge' && <span class="note-source"> · {t('noteWrittenFromNudge')}</span>}
        <span class="note-actions">
          <button type="button" class="button-quiet" ref={editButton} aria-label={t('noteEditLabel', when)} onClick={startEditing}>
            {t('noteEdit')}
          </button>
          <button type="button" class="button-quiet" aria-label={t('noteDeleteLabel', when)} onClick={() => onDelete(note)}>
            {t('noteDelete')}
          </button>
        </span>
      </div>
    </li>
  );
}
