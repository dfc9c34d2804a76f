import type { MessageKey } from '../platform/i18n';
import type { LocalDate } from '../time/local';
import type { NoteLike } from './summary';

/** The letter's fixed wording, in the user's language; see `letterTextFrom`. */
export interface LetterText {
  title: (weekRange: string) => string;
  greeting: (partner: string) => string;
  greetingWithoutName: string;
  intro: string;
  noNotes: string;
  closing: string;
  closingWithoutName: string;
  /** Opens a day's paragraph in the text letter: "On Monday:". */
  onDay: (weekday: string) => string;
}

/** The letter's wording from the message catalogue; the popup passes `t`. */
export function letterTextFrom(translate: (key: MessageKey, substitutions?: string) => string): LetterText {
  return {
    title: (weekRange) => translate('letterTitle', weekRange),
    greeting: (partner) => translate('letterGreeting', partner),
    greetingWithoutName: translate('letterGreetingWithoutName'),
    intro: translate('letterIntro'),
    noNotes: translate('letterNoNotes'),
    closing: translate('letterClosing'),
    closingWithoutName: translate('letterClosingWithoutName'),
    onDay: (weekday) => translate('letterOnDay', weekday),
  };
}

export interface WeekLetterInput {
  /** As `summariseWeek` gives them: newest day first, notes newest first. */
  notesByDay: ReadonlyArray<{ day: LocalDate; notes: readonly NoteLike[] }>;
  /** Blank or missing names are left out. */
  names: { me?: string | null; partner?: string | null };
  locale: string;
  format: 'markdown' | 'text';
  /** The week as the popup shows it, e.g. from `formatWeekRange`. */
  weekRangeLabel: string;
  /** The fixed phrases, already translated. */
  wording: LetterText;
}

/**
 * The week's notes as a short letter to the partner, oldest first as a letter
 * reads. Note text goes in as written. The text letter (on screen, printed,
 * copied, .txt) reads as a letter: a paragraph a day, "On Monday: …", with no
 * dates, title or markup (issue 19). Only the Markdown file has a title, dated
 * headings, and each note as one quote, whatever characters or line breaks it
 * holds.
 */
export function composeWeekLetter({ notesByDay, names, locale, format, weekRangeLabel, wording }: WeekLetterInput): string {
  const markdown = format === 'markdown';
  const partner = names.partner?.trim();
  const me = names.me?.trim();
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });

  const blocks = [
    ...(markdown ? [`# ${wording.title(weekRangeLabel)}`] : []),
    partner ? wording.greeting(partner) : wording.greetingWithoutName,
    notesByDay.length > 0 ? wording.intro : wording.noNotes,
  ];
  for (const { day, notes } of [...notesByDay].reverse()) {
    const date = new Date(`${day}T00:00Z`);
    const oldestFirst = [...notes].reverse();
    if (markdown) blocks.push(`## ${dayLabel.format(date)}`, ...oldestFirst.map((note) => quote(note.text)));
    else blocks.push(`${wording.onDay(weekday.format(date))} ${oldestFirst.map((note) => asSentence(note.text)).join(' ')}`);
  }
  // Two trailing spaces: a Markdown line break, so the name sits under the closing.
  if (me) blocks.push(`${wording.closing}${markdown ? '  ' : ''}\n${me}`);
  else blocks.push(wording.closingWithoutName);
  return blocks.join('\n\n');
}

// Every line of the note is prefixed, so a blank line or a '#' can't end the quote.
function quote(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  return lines
    .map((line, i) => {
      if (line === '') return '>';
      // Trailing double space keeps the writer's line breaks when rendered.
      const hardBreak = lines[i + 1] ? '  ' : '';
      return `> ${escapeLineStart(line)}${hardBreak}`;
    })
    .join('\n');
}

// A note ending mid-sentence gets a full stop, so the next one doesn't run
// into it; one ending in its own punctuation or an emoji is left as written.
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[\p{L}\p{N}]$/u.test(trimmed) ? `${trimmed}.` : trimmed;
}

// A line that opens a heading, list, rule, fence or HTML block would turn the
// note into structure; a backslash makes the marker read as plain text.
function escapeLineStart(line: string): string {
  return line.replace(/^( {0,3})(\d{1,9})([.)])/, '$1$2\\$3').replace(/^( {0,3})([#>=+*_`~<-])/, '$1\\$2');
}
