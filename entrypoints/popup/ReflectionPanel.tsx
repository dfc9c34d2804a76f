import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import '../../components/reflection.css';
import type { NoteActions } from '../../components/note-actions';
import type { DraftStore } from '../../utils/notes/drafts';
import type { LiveResult } from '../../components/use-live-query';
import { WeekReflection, type ReflectionData } from '../../components/WeekReflection';
import { loadProblemMessage } from '../../utils/db/storage-errors';
import { t } from '../../utils/platform/i18n';
import type { LocalDate } from '../../utils/time/local';
import { pickReflectionQuestion } from '../../utils/week/questions';
import type { Settings } from '../../utils/settings';
import { canGoForward, formatWeekRange, isCurrentOrFuture, nextWeek, previousWeek, weekOf, type Week, type WeekOptions } from '../../utils/week/range';
import { composeWeekLetter, letterTextFrom } from '../../utils/week/letter';
import { comingHourOn } from '../../utils/schedule/coming-hour';
import { reflectionDayOf } from '../../utils/time/day-boundary';
import { copyText, downloadText, printText } from '../../utils/backup/file-output';
import type { LoadedWeek } from './load-week';
import type { SettingsSource } from './settings-source';
import { weekOptionsFor, type WeekSource } from './week-source';

export { createWeekSource } from './week-source';

export interface ReflectionPanelProps {
  locale: string;
  timeZone: string;
  noteActions: Pick<NoteActions, 'edit' | 'remove' | 'restore' | 'pendingDeletes'>;
  onWriteNote: () => void;
  settings: SettingsSource;
  weeks: WeekSource;
  editDrafts?: (noteId: string) => DraftStore;
}

/**
 * "This week", wired to the database and settings. Its code loads while the
 * user writes, never before the note field is ready.
 */
export default function ReflectionPanel(props: ReflectionPanelProps) {
  const { settings: source } = props;
  const [settings, setSettings] = useState<Settings | undefined>(() => source.current());
  useEffect(() => {
    if (!settings) source.get().then(setSettings, () => undefined);
    return source.subscribe(setSettings);
  }, [source]);
  return settings ? <WeekPanel {...props} settings={settings} /> : <p class="quiet">{t('reflectionLoading')}</p>;
}

/** The same week, or `next` when it differs: an equal week must not start a new query. */
function keepIfSame(current: Week, next: Week): Week {
  return current.from === next.from && current.to === next.to && current.start === next.start ? current : next;
}

/** The week's data from the source, on the first render if it was read ahead. */
function useWeek(weeks: WeekSource, week: Week, options: WeekOptions): LiveResult<LoadedWeek> {
  const [result, setResult] = useState<LiveResult<LoadedWeek>>(() => {
    const known = weeks.latest(week, options);
    return known ? { status: 'ready', value: known } : { status: 'loading' };
  });
  // A layout effect: the view joins the query in the task that rendered it, not a frame later.
  useLayoutEffect(() => weeks.watch(week, options, setResult), [weeks, week, options]);
  return result;
}

function WeekPanel({
  settings,
  locale,
  timeZone,
  noteActions,
  onWriteNote,
  weeks,
  editDrafts,
}: Omit<ReflectionPanelProps, 'settings'> & { settings: Settings }) {
  const options = useMemo(
    () => weekOptionsFor(settings, locale, timeZone),
    [timeZone, settings.dayBoundary, settings.weekStart, locale],
  );
  const [week, setWeek] = useState(() => weekOf(Date.now(), options));
  useEffect(() => setWeek((current) => keepIfSame(current, weekOf(current.start, options))), [options]);

  const weekLabel = formatWeekRange(week, locale);
  const loaded = useWeek(weeks, week, options);
  const data = useMemo((): ReflectionData | undefined | { error: string } => {
    if (loaded.status === 'loading') return undefined;
    if (loaded.status === 'error') return { error: t(loadProblemMessage(loaded.error)) };
    const { summary, resurfaced } = loaded.value;
    const letter = (format: 'markdown' | 'text') =>
      composeWeekLetter({ notesByDay: summary.notesByDay, names: settings.names, locale, format, weekRangeLabel: weekLabel, wording: letterTextFrom(t) });
    return { week, summary, resurfaced, questionKey: pickReflectionQuestion(week), letter: { markdown: letter('markdown'), text: letter('text') } };
  }, [loaded, settings.names, locale, weekLabel, week]);

  useEffect(() => {
    // Read by the benchmark: the week view is on screen with its data.
    if (data && !('error' in data)) performance.mark('hearth:week-ready');
  }, [data]);

  const now = Date.now();
  const today = reflectionDayOf(now, timeZone, settings.dayBoundary);
  const comingTime = comingHourOn(settings, today, now, timeZone);
  const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const shortFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // Under a day's heading, a note's time of day: "just now" or "yesterday" would repeat the heading.
  const timeOfDay = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const asDate = (day: LocalDate) => new Date(`${day}T12:00:00Z`);
  const letterText = data && !('error' in data) ? data.letter : undefined;
  const fileBase = `hearth-letter-${week.start}`;

  return (
    <WeekReflection
      data={data}
      weekLabel={weekLabel}
      isCurrentWeek={isCurrentOrFuture(week, now)}
      canGoForward={canGoForward(week, now)}
      onPrevious={() => setWeek((w) => previousWeek(w, options))}
      onNext={() => setWeek((w) => (canGoForward(w, Date.now()) ? nextWeek(w, options) : w))}
      onThisWeek={() => setWeek(weekOf(Date.now(), options))}
      locale={locale}
      describeTime={(createdAt) => timeOfDay.format(createdAt)}
      dayLabel={(day) => dayFormat.format(asDate(day))}
      shortDayLabel={(day) => shortFormat.format(asDate(day))}
      noteActions={noteActions}
      letterActions={{
        copy: () => (letterText ? copyText(letterText.text) : Promise.resolve(false)),
        print: () => letterText && printText(letterText.text, t('letterTitle', weekLabel)),
        download: (format) =>
          letterText &&
          (format === 'markdown'
            ? downloadText(letterText.markdown, `${fileBase}.md`, 'text/markdown')
            : downloadText(letterText.text, `${fileBase}.txt`, 'text/plain')),
      }}
      onWriteNote={onWriteNote}
      editDrafts={editDrafts}
      comingHour={comingTime ? { day: today, time: comingTime } : undefined}
    />
  );
}
