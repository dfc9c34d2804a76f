import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { t } from '../utils/platform/i18n';
import type { Theme } from '../utils/settings/theme';
import { textLeftAfterSave } from '../utils/notes/after-save';
import { checkNoteText, NOTE_COUNTER_FROM, NOTE_MAX_LENGTH, noteLength } from '../utils/notes/text';
import type { SaveResult } from './NoteForm';
import { emptyGoodThings, type GoodThingEntry } from '../utils/rituals/three-good-things';
import { ThreeGoodThingsForm } from './ThreeGoodThingsForm';

export type NudgeAction = 'put-down' | 'snooze' | 'dismiss';

export interface NudgeCardProps {
  /** The ritual prompt; user-editable, so it is only ever rendered as text. */
  prompt: string;
  /** With a partner's name the heading is personal ("Time for you and Sam"). */
  names?: { me: string; partner: string };
  snoozeMinutes: number;
  onAction: (action: NudgeAction) => void;
  onWriteNote: (text: string) => Promise<SaveResult>;
  /** An unsaved note from an earlier nudge: the note field starts with it. */
  draft?: string;
  /** Called as the note is typed, so it outlives this card. */
  onNoteInput?: (text: string) => void;
  /** 'frame' fills the in-page card's frame (sized to it); 'window' the fallback window. */
  variant: 'frame' | 'window';
  /** Only when the user asked for the card (e.g. a shortcut). The card must never steal focus on appear. */
  focusOnMount?: boolean;
  notePlaceholder?: string;
  /** The theme chosen in the options; the card follows the system otherwise. */
  theme?: Theme;
  /** Stores three good things (issue 18); without it the card offers no such choice. */
  onWriteGoodThings?: (entries: GoodThingEntry[]) => Promise<SaveResult>;
  /** Called as the three fields are typed, so they outlive this card. */
  onGoodThingsInput?: (entries: GoodThingEntry[]) => void;
  /** Three good things begun in an earlier nudge. */
  goodThingsDraft?: GoodThingEntry[];
  /** The prompt is "Three good things": the three fields start open (never focused). */
  opensGoodThings?: boolean;
}

type NoteStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; keptTyping: boolean }
  | { kind: 'restored' }
  | { kind: 'error'; message: string };

// Screen readers skip a live region that gets its text in the same frame it is inserted.
const ANNOUNCE_DELAY_MS = 250;

/**
 * Keeps keys typed in the card from bubbling out of it. On a web page the
 * card lives in its own frame (entrypoints/nudge-frame), whose events never
 * reach the page at all; this keeps the card self-contained wherever it is.
 */
const keepEventInCard = (event: Event) => event.stopPropagation();

/** The gentle evening nudge: a small card suggesting to put the screen down, with a ritual prompt. */
export function NudgeCard({
  prompt,
  names,
  snoozeMinutes,
  onAction,
  onWriteNote,
  draft = '',
  onNoteInput,
  variant,
  focusOnMount = false,
  notePlaceholder,
  theme = 'system',
  onWriteGoodThings,
  onGoodThingsInput,
  goodThingsDraft,
  opensGoodThings = false,
}: NudgeCardProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const noteId = `${id}-note`;
  const noteFieldId = `${id}-note-field`;
  const noteErrorId = `${id}-note-error`;
  const noteHintId = `${id}-note-hint`;
  const primary = useRef<HTMLButtonElement>(null);
  const noteToggle = useRef<HTMLButtonElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const goodThingsToggle = useRef<HTMLButtonElement>(null);
  const goodThingsId = `${id}-good-things`;
  const [goodThingsOpen, setGoodThingsOpen] = useState(opensGoodThings && onWriteGoodThings !== undefined);
  // Opened by the user's click, the first field takes focus; open from the start, it must not.
  const [goodThingsFocus, setGoodThingsFocus] = useState(false);
  // Kept here while the fields are closed, so reopening shows what was typed.
  const goodThings = useRef<GoodThingEntry[]>(goodThingsDraft ?? emptyGoodThings());
  const [announcement, setAnnouncement] = useState('');
  const [noteOpen, setNoteOpen] = useState(false);
  const [noteText, setNoteText] = useState(draft);
  // The field stays editable while saving; this is what it holds now, not at the save's start.
  const latestNote = useRef(draft);
  // The note stays closed (the card never takes focus by itself); opening it shows the draft.
  const [status, setStatus] = useState<NoteStatus>(draft ? { kind: 'restored' } : { kind: 'idle' });

  const partner = names?.partner.trim();
  const heading = partner ? t('nudgeHeadingWithPartner', partner) : t('nudgeHeading');
  const placeholder = notePlaceholder ?? (partner ? t('nudgeNotePlaceholderWithPartner', partner) : t('promptAppreciatedToday'));
  const noteChars = noteLength(noteText.trim());

  useEffect(() => {
    if (focusOnMount) primary.current?.focus();
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(t('nudgeAnnouncement', [heading, prompt])), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [heading, prompt]);

  useEffect(() => {
    const field = noteField.current;
    if (!noteOpen || !field) return;
    field.focus();
    // Reopening shows the kept text; continue where the user left off.
    field.setSelectionRange(field.value.length, field.value.length);
  }, [noteOpen]);

  function openNote() {
    if (status.kind !== 'saving' && status.kind !== 'restored') setStatus({ kind: 'idle' });
    setGoodThingsOpen(false);
    setNoteOpen(true);
  }

  function toggleGoodThings() {
    if (goodThingsOpen) {
      setGoodThingsOpen(false);
      return;
    }
    setNoteOpen(false);
    setGoodThingsFocus(true);
    setGoodThingsOpen(true);
  }

  function closeNote() {
    setNoteOpen(false);
    // The field is about to disappear; keep focus in the card rather than dropping it on the page.
    noteToggle.current?.focus();
  }

  async function saveNote() {
    if (status.kind === 'saving') return;
    const checked = checkNoteText(noteText);
    if (!checked.ok) {
      setStatus({
        kind: 'error',
        message: checked.reason === 'empty' ? t('noteEmpty') : t('noteTooLong', [checked.over, NOTE_MAX_LENGTH]),
      });
      noteField.current?.focus();
      return;
    }
    const sent = noteText;
    setStatus({ kind: 'saving' });
    const result = await onWriteNote(checked.text);
    if (result.ok) {
      // Enter saves, so words typed after an Enter meant as a new line arrive
      // while saving: they stay open, and become the next note's draft.
      const left = textLeftAfterSave(sent, latestNote.current);
      latestNote.current = left;
      setNoteText(left);
      setStatus({ kind: 'saved', keptTyping: left !== '' });
      if (left) {
        onNoteInput?.(left);
        noteField.current?.focus();
      } else {
        closeNote();
      }
    } else {
      setStatus({ kind: 'error', message: result.message });
      noteField.current?.focus();
    }
  }

  function onCardKeyDown(event: TargetedKeyboardEvent<HTMLElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onAction('dismiss');
    }
  }

  function onNoteKeyDown(event: TargetedKeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      // Esc leaves the note, not the card; the text stays for when it reopens.
      event.preventDefault();
      event.stopPropagation();
      closeNote();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      // Enter saves, as in a chat; Shift+Enter is the new line.
      event.preventDefault();
      void saveNote();
    }
  }

  const error = status.kind === 'error' ? status.message : '';
  const rootClass = variant === 'window' ? 'hearth-nudge' : `hearth-nudge hearth-nudge--${variant}`;

  return (
    <section
      class={rootClass}
      data-theme={theme}
      role="complementary"
      aria-labelledby={headingId}
      onKeyDown={onCardKeyDown}
      onKeyUp={keepEventInCard}
      onKeyPress={keepEventInCard}
      onBeforeInput={keepEventInCard}
      onInput={keepEventInCard}
    >
      <div class="hearth-nudge__header">
        <p class="hearth-nudge__eyebrow">{t('nudgeEyebrow')}</p>
        <button
          type="button"
          class="hearth-nudge__close"
          aria-label={t('nudgeDismiss')}
          title={t('nudgeDismiss')}
          onClick={() => onAction('dismiss')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id={headingId} class="hearth-nudge__heading">
        {heading}
      </h2>
      <p class="hearth-nudge__prompt">{prompt}</p>
      <p class="hearth-nudge__line">{t('nudgeGentleLine')}</p>
      <p class="hearth-nudge__visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div class="hearth-nudge__actions">
        <button type="button" ref={primary} class="hearth-nudge__button hearth-nudge__button--primary" onClick={() => onAction('put-down')}>
          {t('nudgePutDown')}
        </button>
        <button type="button" class="hearth-nudge__button" onClick={() => onAction('snooze')}>
          {t('nudgeSnooze', snoozeMinutes)}
        </button>
      </div>
      <button
        type="button"
        ref={noteToggle}
        class="hearth-nudge__button hearth-nudge__button--quiet"
        aria-expanded={noteOpen ? 'true' : 'false'}
        aria-controls={noteOpen ? noteId : undefined}
        onClick={() => (noteOpen ? closeNote() : openNote())}
      >
        {t('nudgeWriteNote')}
      </button>
      {onWriteGoodThings && (
        <button
          type="button"
          ref={goodThingsToggle}
          class="hearth-nudge__button hearth-nudge__button--quiet"
          aria-expanded={goodThingsOpen ? 'true' : 'false'}
          aria-controls={goodThingsOpen ? goodThingsId : undefined}
          onClick={toggleGoodThings}
        >
          {t('nudgeGoodThings')}
        </button>
      )}
      {onWriteGoodThings && goodThingsOpen && (
        <div id={goodThingsId} class="hearth-nudge__good-things">
          <ThreeGoodThingsForm
            idPrefix={goodThingsId}
            headingLevel={3}
            initial={goodThings.current}
            focusOnMount={goodThingsFocus}
            classes={{ save: 'hearth-nudge__button hearth-nudge__button--primary', field: 'hearth-nudge__field' }}
            onChange={(entries) => {
              goodThings.current = entries;
              onGoodThingsInput?.(entries);
            }}
            onSave={onWriteGoodThings}
            onClose={() => {
              setGoodThingsOpen(false);
              goodThingsToggle.current?.focus();
            }}
          />
        </div>
      )}
      {noteOpen && (
        <form
          id={noteId}
          class="hearth-nudge__note"
          onSubmit={(event) => {
            event.preventDefault();
            void saveNote();
          }}
        >
          <label class="hearth-nudge__visually-hidden" for={noteFieldId}>
            {t('noteFieldLabel')}
          </label>
          <textarea
            id={noteFieldId}
            ref={noteField}
            class="hearth-nudge__field"
            rows={3}
            value={noteText}
            placeholder={placeholder}
            autocomplete="off"
            aria-invalid={error || noteChars > NOTE_MAX_LENGTH ? 'true' : undefined}
            aria-describedby={error ? `${noteErrorId} ${noteHintId}` : noteHintId}
            aria-keyshortcuts="Enter"
            onInput={(event) => {
              latestNote.current = event.currentTarget.value;
              setNoteText(event.currentTarget.value);
              onNoteInput?.(event.currentTarget.value);
              if (status.kind === 'error' || status.kind === 'restored' || status.kind === 'saved') setStatus({ kind: 'idle' });
            }}
            onKeyDown={onNoteKeyDown}
          />
          <div class="hearth-nudge__note-row">
            <span id={noteHintId} class="hearth-nudge__hint">
              {t('nudgeNoteHint')}
            </span>
            {noteChars >= NOTE_COUNTER_FROM && (
              <span
                class={noteChars > NOTE_MAX_LENGTH ? 'hearth-nudge__counter hearth-nudge__counter--over' : 'hearth-nudge__counter'}
                aria-label={t('noteCounterLabel', [noteChars, NOTE_MAX_LENGTH])}
              >
                {t('noteCounter', [noteChars, NOTE_MAX_LENGTH])}
              </span>
            )}
            <button type="submit" class="hearth-nudge__button hearth-nudge__button--primary" disabled={status.kind === 'saving'}>
              {t('noteSave')}
            </button>
          </div>
          {error && (
            <p id={noteErrorId} class="hearth-nudge__status hearth-nudge__status--error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      <p class="hearth-nudge__status" role="status">
        {status.kind === 'saved'
          ? t(status.keptTyping ? 'noteSavedKeptTyping' : 'nudgeNoteSaved')
          : status.kind === 'saving'
            ? t('noteSaving')
            : status.kind === 'restored' && noteOpen
              ? t('noteDraftRestored')
              : ''}
      </p>
    </section>
  );
}
