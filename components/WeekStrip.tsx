import { pluralKey, t, type MessageKey } from '../utils/platform/i18n';
import type { LocalDate } from '../utils/time/local';
import type { DaySummary } from '../utils/week/summary';

type StripOutcome = DaySummary['outcome'];

// Shapes, not only colours, tell the outcomes apart; the words are in the legend and in each day's description.
const OUTCOMES: Record<StripOutcome, { glyph: string; label: MessageKey }> = {
  'put-down': { glyph: '●', label: 'outcomePutDown' },
  away: { glyph: '◐', label: 'outcomeAway' },
  'kept-browsing': { glyph: '○', label: 'outcomeKeptBrowsing' },
  paused: { glyph: '‖', label: 'outcomePaused' },
  'no-window': { glyph: '–', label: 'outcomeNoWindow' },
  pending: { glyph: '◌', label: 'outcomePending' },
};
const NOTE_GLYPH = '✎';

export interface WeekStripProps {
  /** Seven days, oldest first, as `summariseWeek` gives them. */
  days: readonly DaySummary[];
  locale: string;
  /** "Tuesday 24 November" */
  dayLabel: (day: LocalDate) => string;
  /** "Tue" */
  shortDayLabel: (day: LocalDate) => string;
}

/** The week at a glance: each day's notes and how its evening went, readable without colour or sight. */
export function WeekStrip({ days, locale, dayLabel, shortDayLabel }: WeekStripProps) {
  const shown = Object.keys(OUTCOMES).filter((outcome) => days.some((day) => day.outcome === outcome)) as StripOutcome[];
  return (
    <div class="week-strip">
      <ol class="week-strip-days" aria-label={t('reflectionStripLabel')}>
        {days.map((day) => {
          const { glyph, label } = OUTCOMES[day.outcome];
          return (
            <li key={day.day} class={`week-strip-day outcome-${day.outcome}`}>
              <span class="visually-hidden">
                {t('reflectionDayDescription', [dayLabel(day.day), noteCountLabel(day.noteCount, locale), t(label)])}
              </span>
              {/* The visible cell repeats the description above in short form, so it is hidden from screen readers. */}
              <span class="week-strip-cell" aria-hidden="true" title={t(label)}>
                <span class="week-strip-name">{shortDayLabel(day.day)}</span>
                <span class="week-strip-glyph">{glyph}</span>
                <span class="week-strip-notes">{day.noteCount > 0 ? `${NOTE_GLYPH}\u2009${day.noteCount}` : ''}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <ul class="week-strip-legend" aria-hidden="true">
        {shown.map((outcome) => (
          <li key={outcome} class={`outcome-${outcome}`}>
            <span class="week-strip-glyph">{OUTCOMES[outcome].glyph}</span> {t(OUTCOMES[outcome].label)}
          </li>
        ))}
        {days.some((day) => day.noteCount > 0) && (
          <li>
            <span class="week-strip-glyph">{NOTE_GLYPH}</span> {t('reflectionStripNotes')}
          </li>
        )}
      </ul>
    </div>
  );
}

/** "no notes", "1 note", "2 notes", with the locale's plural rules. */
export function noteCountLabel(count: number, locale: string): string {
  if (count === 0) return t('reflectionNoteCountZero');
  return t(pluralKey(count, locale, { one: 'reflectionNoteCountOne', other: 'reflectionNoteCountOther' }), count);
}
