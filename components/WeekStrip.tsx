import { pluralKey, t, type MessageKey } from '../utils/platform/i18n';
import type { ClockTime, LocalDate } from '../utils/time/local';
import type { DaySummary } from '../utils/week/summary';
import { formatClockTimeIn } from '../utils/time/clock-text';

type StripOutcome = DaySummary['outcome'];

// Shapes, not only colours, tell the outcomes apart; the words are in the legend and in each day's description.
// Only what went well (and a pause, or an hour still open) is marked: an
// evening that went otherwise stays as quiet as one without a window, so the
// strip never reads as a scorecard (issue 19).
const MARKED: Partial<Record<StripOutcome, { glyph: string; label: MessageKey }>> = {
  'put-down': { glyph: '●', label: 'outcomePutDown' },
  away: { glyph: '◐', label: 'outcomeAway' },
  paused: { glyph: '‖', label: 'outcomePaused' },
  pending: { glyph: '◌', label: 'outcomePending' },
};
const NOTE_GLYPH = '✎';
const COMING_GLYPH = '☽';
const NOON: ClockTime = '12:00';

export interface WeekStripProps {
  /** Seven days, oldest first, as `summariseWeek` gives them. */
  days: readonly DaySummary[];
  locale: string;
  /** "Tuesday 24 November" */
  dayLabel: (day: LocalDate) => string;
  /** "Tue" */
  shortDayLabel: (day: LocalDate) => string;
  /** Today's connection hour, while it is still to come: its cell says so rather than staying blank. */
  comingHour?: { day: LocalDate; time: ClockTime };
}

/** The week at a glance: each day's notes and how its evening went, readable without colour or sight. */
export function WeekStrip({ days, locale, dayLabel, shortDayLabel, comingHour }: WeekStripProps) {
  const shown = (Object.keys(MARKED) as StripOutcome[]).filter((outcome) => days.some((day) => day.outcome === outcome));
  // Only a day with no evening yet: once the hour opens, its record speaks ("still open").
  const coming = comingHour && days.some((day) => day.day === comingHour.day && day.outcome === 'no-window') ? comingHour : undefined;
  const comingLabel = coming && t(coming.time < NOON ? 'reflectionComingToday' : 'reflectionComingTonight', formatClockTimeIn(coming.time, locale));
  return (
    <div class="week-strip">
      <ol class="week-strip-days" aria-label={t('reflectionStripLabel')}>
        {days.map((day) => {
          const marked = day.day === coming?.day ? { glyph: COMING_GLYPH, text: comingLabel! } : markOf(day.outcome);
          const notes = noteCountLabel(day.noteCount, locale);
          return (
            <li
              key={day.day}
              data-day={day.day}
              class={day.day === coming?.day ? 'week-strip-day outcome-coming' : marked ? `week-strip-day outcome-${day.outcome}` : 'week-strip-day'}
            >
              <span class="visually-hidden">
                {marked
                  ? t('reflectionDayDescription', [dayLabel(day.day), notes, marked.text])
                  : t('reflectionDayDescriptionQuiet', [dayLabel(day.day), notes])}
              </span>
              {/* The visible cell repeats the description above in short form, so it is hidden from screen readers. */}
              <span class="week-strip-cell" aria-hidden="true" title={marked?.text}>
                <span class="week-strip-name">{shortDayLabel(day.day)}</span>
                <span class="week-strip-glyph">{marked?.glyph ?? ''}</span>
                <span class="week-strip-notes">{day.noteCount > 0 ? `${NOTE_GLYPH}\u2009${day.noteCount}` : ''}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <ul class="week-strip-legend" aria-hidden="true">
        {shown.map((outcome) => (
          <li key={outcome} class={`outcome-${outcome}`}>
            <span class="week-strip-glyph">{MARKED[outcome]?.glyph}</span> {t(MARKED[outcome]!.label)}
          </li>
        ))}
        {coming && (
          <li class="outcome-coming">
            <span class="week-strip-glyph">{COMING_GLYPH}</span> {comingLabel}
          </li>
        )}
        {days.some((day) => day.noteCount > 0) && (
          <li>
            <span class="week-strip-glyph">{NOTE_GLYPH}</span> {t('reflectionStripNotes')}
          </li>
        )}
      </ul>
    </div>
  );
}

function markOf(outcome: StripOutcome): { glyph: string; text: string } | undefined {
  const marked = MARKED[outcome];
  return marked && { glyph: marked.glyph, text: t(marked.label) };
}

/** "no notes", "1 note", "2 notes", with the locale's plural rules. */
export function noteCountLabel(count: number, locale: string): string {
  if (count === 0) return t('reflectionNoteCountZero');
  return t(pluralKey(count, locale, { one: 'reflectionNoteCountOne', other: 'reflectionNoteCountOther' }), count);
}
