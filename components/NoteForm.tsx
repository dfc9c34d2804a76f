import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DraftStore } from '../utils/notes/drafts';
import { t } from '../utils/platform/i18n';
import { textLeftAfterSave } from '../utils/notes/after-save';
import { checkNoteText, NOTE_COUNTER_FROM, NOTE_MAX_LENGTH, noteLength } from '../utils/notes/text';
import { isSaveShortcut, saveShortcutLabel } from './keyboard';

export type SaveResult = { ok: true } | { ok: false; message: string };

export interface NoteFormProps {
  placeholder: string;
  draft: DraftStore;
  onSave: (text: string) => Promise<SaveResult>;
  /** Called once the field is focused and typeable (the popup-ready mark). */
  onReady?: () => void;
  platform?: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; keptTyping: boolean }
  | { kind: 'restored' }
  | { kind: 'error'; message: string };

/** The quick appreciation note: focused on open, saved by button or shortcut, never losing a draft. */
export function NoteForm({ placeholder, draft, onSave, onReady, platform }: NoteFormProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(() => draft.load());
  // The field stays editable while saving; this is what it holds now, not at the save's start.
  const latest = useRef(text);
  const [status, setStatus] = useState<Status>(() => (text ? { kind: 'restored' } : { kind: 'idle' }));
  const length = noteLength(text.trim());
  const over = length > NOTE_MAX_LENGTH;
  const shortcut = saveShortcutLabel(platform);

  // A layout effect: focus (and the ready mark) happen before the first paint, not a frame later.
  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    // Put the caret after a restored draft, where the user left off.
    el.setSelectionRange(el.value.length, el.value.length);
    onReady?.();
  }, []);

  function update(value: string) {
    latest.current = value;
    setText(value);
    draft.save(value);
    if (status.kind !== 'idle' && status.kind !== 'saving') setStatus({ kind: 'idle' });
  }

  async function save() {
    if (status.kind === 'saving') return;
    const checked = checkNoteText(text);
    if (!checked.ok) {
      setStatus({
        kind: 'error',
        message: checked.reason === 'empty' ? t('noteEmpty') : t('noteTooLong', [checked.over, NOTE_MAX_LENGTH]),
      });
      field.current?.focus();
      return;
    }
    const sent = text;
    setStatus({ kind: 'saving' });
    const result = await onSave(checked.text);
    if (result.ok) {
      // Only now is the saved text safe to drop; what was typed meanwhile stays, as a draft.
      const left = textLeftAfterSave(sent, latest.current);
      latest.current = left;
      if (left) draft.save(left);
      else draft.clear();
      setText(left);
      setStatus({ kind: 'saved', keptTyping: left !== '' });
    } else {
      setStatus({ kind: 'error', message: result.message });
    }
    field.current?.focus();
  }

  const message =
    status.kind === 'error'
      ? status.message
      : status.kind === 'saved'
        ? t(status.keptTyping ? 'noteSavedKeptTyping' : 'noteSaved')
        : status.kind === 'restored'
          ? t('noteDraftRestored')
          : status.kind === 'saving'
            ? t('noteSaving')
            : '';

  return (
    <form
      class="note-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label class="visually-hidden" for="note-text">
        {t('noteFieldLabel')}
      </label>
      <textarea
        id="note-text"
        ref={field}
        class="note-field"
        rows={4}
        value={text}
        placeholder={placeholder}
        aria-invalid={status.kind === 'error' || over ? 'true' : undefined}
        aria-describedby="note-status note-hint"
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onInput={(event) => update(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (isSaveShortcut(event)) {
            event.preventDefault();
            void save();
          }
        }}
      />
      <div class="note-form-footer">
        <span id="note-hint" class="hint">
          {t('noteShortcutHint', shortcut)}
        </span>
        {length >= NOTE_COUNTER_FROM && (
          <span class={over ? 'counter counter-over' : 'counter'} aria-label={t('noteCounterLabel', [length, NOTE_MAX_LENGTH])}>
            {t('noteCounter', [length, NOTE_MAX_LENGTH])}
          </span>
        )}
        <button type="submit" class="button-primary" disabled={status.kind === 'saving'}>
          {t('noteSave')}
        </button>
      </div>
      <p
        id="note-status"
        class={status.kind === 'error' ? 'status status-error' : 'status'}
        role={status.kind === 'error' ? 'alert' : 'status'}
      >
        {message}
      </p>
    </form>
  );
}
