import { useEffect, useMemo, useState } from 'preact/hooks';
import '../../components/reflection.css';
import type { NoteActions } from '../../components/QuickNote';
import { useLiveQuery } from '../../components/use-live-query';
import { WeekReflection, type ReflectionData } from '../../components/WeekReflection';
import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import type { LocalDate } from '../../utils/local-time';
import { pickReflectionQuestion } from '../../utils/reflection-questions';
import type { Settings } from '../../utils/settings';
import { onSettingsChanged } from '../../utils/settings-events';
import { sendToBackground } from '../../utils/send-message';
import { canGoForward, formatWeekRange, isCurrentOrFuture, nextWeek, previousWeek, resolveWeekStart, weekOf, type WeekOptions } from '../../utils/week';
import { composeWeekLetter, letterTextFrom } from '../../utils/week-letter';
import { copyText, downloadText, printText } from '../../utils/file-output';
import { loadWeek } from './load-week';

export interface ReflectionPanelProps {
  locale: string;
  timeZone: string;
  describeTime: (createdAt: number) => string;
  noteActions: Pick<NoteActions, 'edit' | 'remove' | 'restore'>;
  onWriteNote: () => void;
}

/**
 * "This week", wired to the database and settings; loaded only when the user
 * opens it, so its code never slows the note field.
 */
export default function ReflectionPanel(props: ReflectionPanelProps) {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    // The worker validates settings, so this page needn't load the validator.
    const refresh = () => void sendToBackground({ type: 'settings/get' }).then(setSettings);
    refresh();
    return onSettingsChanged(refresh);
  }, []);
  return settings ? <WeekPanel {...props} settings={settings} /> : <p class="quiet">{t('reflectionLoading')}</p>;
}

function WeekPanel({
  settings,
  locale,
  timeZone,
  describeTime,
  noteActions,
  onWriteNote,
}: ReflectionPanelProps & { settings: Settings }) {
  const options: WeekOptions = useMemo(
    () => ({ timeZone, dayBoundary: settings.dayBoundary, weekStart: resolveWeekStart(settings.weekStart, locale) }),
    [timeZone, settings.dayBoundary, settings.weekStart, locale],
  );
  const repositories = useMemo(() => {
    const db = getDatabase();
    return { notes: createNoteRepository(db), evenings: createEveningRepository(db) };
  }, []);
  const [week, setWeek] = useState(() => weekOf(Date.now(), options));
  useEffect(() => setWeek((current) => weekOf(current.start, options)), [options]);

  const weekLabel = formatWeekRange(week, locale);
  const loaded = useLiveQuery(() => loadWeek(week, options, repositories), [week, options, repositories]);
  const data = useMemo((): ReflectionData | undefined | { error: string } => {
    if (loaded.status === 'loading') return undefined;
    if (loaded.status === 'error') return { error: t('storageLoadFailed') };
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
  const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const shortFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
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
      describeTime={describeTime}
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
    />
  );
}
