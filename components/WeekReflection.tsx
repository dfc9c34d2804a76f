import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { DraftStore } from '../utils/notes/drafts';
import type { NoteRecord } from '../utils/notes/record';
import { pluralKey, t, type MessageKey } from '../utils/platform/i18n';
import type { LocalDate } from '../utils/time/local';
import type { Week } from '../utils/week/range';
import type { WeekSummary } from '../utils/week/summary';
import { type LetterActionHandlers, LetterActions } from './LetterActions';
import { NoteList } from './NoteList';
import type { NoteActions } from './note-actions';
import { useUndoableDelete } from './use-undoable-delete';
import { WeekStrip, type WeekStripProps } from './WeekStrip';

// A handful at first: the letter and the question stay in sight (issue 19).
const NOTES_SHOWN_AT_FIRST = 5;

/** The newest `limit` notes, still grouped by day (newest day first). */
function firstNotes(notesByDay: ReflectionSummary['notesByDay'], limit: number): ReflectionSummary['notesByDay'] {
  let left = limit;
  const shown: ReflectionSummary['notesByDay'] = [];
  for (const { day, notes } of notesByDay) {
    if (left <= 0) break;
    const some = notes.slice(0, left);
    left -= some.length;
    shown.push({ day, notes: some });
  }
  return shown;
}

/** `summariseWeek`'s result for stored notes. */
export type ReflectionSummary = WeekSummary<NoteRecord>;

export interface ReflectionData {
  week: Week;
  summary: ReflectionSummary;
  resurfaced: { note: NoteRecord; weeksAgo: number } | null;
  /** The week's reflection question. */
  questionKey: MessageKey;
  letter: { markdown: string; text: string };
}

export interface WeekReflectionProps {
  /** undefined while loading, an error message if loading failed. */
  data: ReflectionData | undefined | { error: string };
  /** e.g. "23 – 29 Nov 2026" */
  weekLabel: string;
  isCurrentWeek: boolean;
  /** False on the current week: a future week is never offered. */
  canGoForward: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onThisWeek: () => void;
  locale: string;
  describeTime: (createdAt: number) => string;
  /** "Tuesday 24 November" */
  dayLabel: (day: LocalDate) => string;
  /** "Tue" */
  shortDayLabel: (day: LocalDate) => string;
  noteActions: Pick<NoteActions, 'edit' | 'remove' | 'restore' | 'pendingDeletes'>;
  letterActions: LetterActionHandlers;
  /** From the empty state: switch to the note view. */
  onWriteNote: () => void;
  /** Where each note's unsaved edit waits. */
  editDrafts?: (noteId: string) => DraftStore;
  /** Today's connection hour while it is still to come (this week only). */
  comingHour?: WeekStripProps['comingHour'];
}

/** "This week": what the two of you did, one week at a time, with a way back to earlier weeks. */
export function WeekReflection(props: WeekReflectionProps) {
  const { data, isCurrentWeek, locale, noteActions } = props;
  const id = useId();
  // A busy week can hold hundreds of notes; the first screenful renders at
  // once and the rest on request, so the view opens quickly.
  const [showAll, setShowAll] = useState(false);
  const weekStart = data && !('error' in data) ? data.week.start : '';
  useEffect(() => setShowAll(false), [weekStart]);
  const { remove, feedback } = useUndoableDelete(noteActions);

  function content({ summary, resurfaced, questionKey, letter }: ReflectionData) {
    const resurfacedNote = resurfaced && <ResurfacedNote {...resurfaced} locale={locale} />;
    if (summary.isEmpty) {
      return (
        <>
          {isCurrentWeek ? (
            <div class="reflection-empty">
              <p>{t('reflectionEmptyCurrent')}</p>
              <button type="button" class="button-primary" onClick={props.onWriteNote}>
                {t('reflectionWriteNote')}
              </button>
            </div>
          ) : (
            <p class="reflection-empty quiet">{t('reflectionEmptyPast')}</p>
          )}
          {resurfacedNote}
        </>
      );
    }
    return (
      <>
        <WeekStrip
          days={summary.days}
          locale={locale}
          dayLabel={props.dayLabel}
          shortDayLabel={props.shortDayLabel}
          comingHour={isCurrentWeek ? props.comingHour : undefined}
        />
        {describeEvenings(summary, locale).map((line) => (
          <p key={line} class="reflection-evenings">
            {line}
          </p>
        ))}
        <section class="reflection-question" aria-labelledby={`${id}-question`}>
          <h3 id={`${id}-question`} class="section-heading">
            {t('reflectionQuestionHeading')}
          </h3>
          <p>{t(questionKey)}</p>
        </section>
        <details class="letter">
          <summary>{t('letterHeading')}</summary>
          {/* Text, never markup: the letter holds the notes as written. */}
          <pre class="letter-text">{letter.text}</pre>
          <LetterActions {...props.letterActions} />
        </details>
        {resurfacedNote}
        <section aria-labelledby={`${id}-notes`}>
          <h3 id={`${id}-notes`} class="section-heading">
            {t(isCurrentWeek ? 'reflectionNotesHeadingCurrent' : 'reflectionNotesHeadingPast')}
          </h3>
          {summary.notesByDay.length === 0 && (
            <p class="quiet">{t(isCurrentWeek ? 'reflectionNoNotesCurrent' : 'reflectionNoNotesPast')}</p>
          )}
          {firstNotes(summary.notesByDay, showAll ? Number.POSITIVE_INFINITY : NOTES_SHOWN_AT_FIRST).map(({ day, notes }) => (
            <div key={day} class="reflection-day">
              <h4 id={`${id}-day-${day}`} class="reflection-day-heading">
                {props.dayLabel(day)}
              </h4>
              <NoteList
                notes={notes}
                describeTime={props.describeTime}
                onEdit={noteActions.edit}
                onDelete={remove}
                labelledBy={`${id}-day-${day}`}
                editDrafts={props.editDrafts}
              />
            </div>
          ))}
          {!showAll && summary.noteCount > NOTES_SHOWN_AT_FIRST && (
            <button type="button" class="button-secondary" onClick={() => setShowAll(true)}>
              {t('reflectionShowAllNotes', summary.noteCount)}
            </button>
          )}
        </section>
      </>
    );
  }

  return (
    <section class="week-reflection" aria-labelledby={`${id}-week`}>
      <WeekNav {...props} headingId={`${id}-week`} />
      {data === undefined ? (
        <div class="reflection-loading">
          <p class="quiet" role="status">
            {t('reflectionLoading')}
          </p>
          <div class="week-strip-skeleton" aria-hidden="true">
            {Array.from({ length: 7 }, (_, i) => (
              <span key={i} />
            ))}
          </div>
        </div>
      ) : 'error' in data ? (
        <p class="status status-error" role="alert">
          {data.error}
        </p>
      ) : (
        content(data)
      )}
      {feedback}
    </section>
  );
}

type WeekNavProps = Pick<
  WeekReflectionProps,
  'weekLabel' | 'isCurrentWeek' | 'canGoForward' | 'onPrevious' | 'onNext' | 'onThisWeek'
> & { headingId: string };

function WeekNav({ weekLabel, isCurrentWeek, canGoForward, onPrevious, onNext, onThisWeek, headingId }: WeekNavProps) {
  const previousButton = useRef<HTMLButtonElement>(null);
  return (
    <nav class="week-nav" aria-label={t('reflectionNavLabel')}>
      <button type="button" class="button-quiet week-nav-previous" ref={previousButton} onClick={onPrevious}>
        <span aria-hidden="true">‹ </span>
        {t('reflectionPreviousWeek')}
      </button>
      {/* Live, so stepping to another week announces where you are. */}
      <h2 id={headingId} class="week-nav-label" aria-live="polite">
        {weekLabel}
      </h2>
      {/* aria-disabled, not disabled: the button keeps its place, and its focus when a step lands on this week. */}
      <button
        type="button"
        class="button-quiet week-nav-next"
        aria-disabled={canGoForward ? undefined : 'true'}
        onClick={() => canGoForward && onNext()}
      >
        {t('reflectionNextWeek')}
        <span aria-hidden="true"> ›</span>
      </button>
      {!isCurrentWeek && (
        <button
          type="button"
          class="button-quiet week-nav-today"
          onClick={() => {
            // This button goes away on this week; keep focus in the navigation.
            previousButton.current?.focus();
            onThisWeek();
          }}
        >
          {t('reflectionThisWeek')}
        </button>
      )}
    </nav>
  );
}

function ResurfacedNote({ note, weeksAgo, locale }: { note: NoteRecord; weeksAgo: number; locale: string }) {
  const captionId = useId();
  const when =
    weeksAgo <= 1
      ? t('reflectionResurfacedLastWeek')
      : t(pluralKey(weeksAgo, locale, { one: 'reflectionResurfacedOne', other: 'reflectionResurfacedOther' }), weeksAgo);
  return (
    // Labelled explicitly: not every browser names a figure by its caption.
    <figure class="resurfaced" aria-labelledby={captionId}>
      <figcaption id={captionId} class="resurfaced-when">
        {when}
      </figcaption>
      <blockquote class="resurfaced-note">
        <p class="note-text">{note.text}</p>
      </blockquote>
    </figure>
  );
}

/**
 * The evenings in plain words: what went well, by day, and never a tally
 * ("You put the screens down on Monday and Tuesday."). Evenings that went
 * otherwise are left unsaid (issue 19).
 */
function describeEvenings({ days }: ReflectionSummary, locale: string): string[] {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const daysWith = (outcome: ReflectionSummary['days'][number]['outcome']) =>
    days.filter((day) => day.outcome === outcome).map((day) => weekday.format(new Date(`${day.day}T12:00:00Z`)));
  const lines: Array<[MessageKey, string[]]> = [
    ['reflectionPutDownOn', daysWith('put-down')],
    ['reflectionAwayOn', daysWith('away')],
    ['reflectionPausedOn', daysWith('paused')],
  ];
  return lines.filter(([, names]) => names.length > 0).map(([key, names]) => t(key, list.format(names)));
}
