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
 * reads. Note text goes in as written; in Markdown each note is one quote and
 * in text one list item, whatever characters or line breaks it holds.
 */
export function composeWeekLetter({ notesByDay, names, locale, format, weekRangeLabel, wording }: WeekLetterInput): string {
  const markdown = format === 'markdown';
  const partner = names.partner?.trim();
  const me = names.me?.trim();
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

  const title = wording.title(weekRangeLabel);
  const blocks = [
    markdown ? `# ${title}` : title,
    partner ? wording.greeting(partner) : wording.greetingWithoutName,
    notesByDay.length > 0 ? wording.intro : wording.noNotes,
  ];
  for (const { day, notes } of [...notesByDay].reverse()) {
    const label = dayLabel.format(new Date(`${day}T00:00Z`));
    const oldestFirst = [...notes].reverse();
    if (markdown) blocks.push(`## ${label}`, ...oldestFirst.map((note) => quote(note.text)));
    else blocks.push([label, ...oldestFirst.map((note) => listItem(note.text))].join('\n'));
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

// Continuation lines are indented under the bullet, so they stay in the item.
function listItem(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => (i === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`))
    .join('\n');
}

// A line that opens a heading, list, rule, fence or HTML block would turn the
// note into structure; a backslash makes the marker read as plain text.
function escapeLineStart(line: string): string {
  return line.replace(/^( {0,3})(\d{1,9})([.)])/, '$1$2\\$3').replace(/^( {0,3})([#>=+*_`~<-])/, '$1\\$2');
}
