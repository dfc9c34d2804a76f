import { z } from '../platform/zod';
import { parseClockTime } from '../time/clock';
import type { EveningRecord } from '../evening/record';
import type { NoteAuthor, NoteRecord, NoteSource } from '../notes/record';
import type { NoteTombstone } from '../notes/tombstone';
import type { EveningOutcome } from '../evening/outcome';
import { checkNoteText, noteLength, NOTE_MAX_LENGTH } from '../notes/text';
import { SETTINGS_LIMITS } from '../settings';
import { BACKUP_MESSAGES as M } from './messages';

// Listed as records so that adding a member to the type without adding it here fails to compile.
const SOURCE_SET = { popup: 0, nudge: 0, import: 0 } satisfies Record<NoteSource, 0>;
const OUTCOME_SET = { 'put-down': 0, away: 0, 'kept-browsing': 0, paused: 0 } satisfies Record<EveningOutcome, 0>;
const AUTHOR_SET = { me: 0, partner: 0 } satisfies Record<NoteAuthor, 0>;
const SOURCES = Object.keys(SOURCE_SET) as [NoteSource, ...NoteSource[]];
const AUTHORS = Object.keys(AUTHOR_SET) as [NoteAuthor, ...NoteAuthor[]];
const OUTCOMES = Object.keys(OUTCOME_SET) as [EveningOutcome, ...EveningOutcome[]];

/**
 * The longest prompt a note can carry: a ritual prompt personalised to its
 * longest, every character of it `{me}` filled with the longest name. The
 * popup's own prompts are far shorter.
 */
const PROMPT_MAX_LENGTH = (SETTINGS_LIMITS.promptLength.max / '{me}'.length) * SETTINGS_LIMITS.nameLength.max;
const APP_VERSION_MAX_LENGTH = 50;
// Beyond ±8.64e15 ms a Date cannot even be written out.
const LATEST_DATE = 8.64e15;
const ISO_DATE_TIME = z.iso.datetime({ offset: true });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A missing key gets its own word; any other failure gets the field's sentence.
function says(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? M.missing() : message) };
}

/**
 * Checks on the fields of one file. They accept everything Hearth's writers
 * can store (#16): times come from the device's clock, which may run far
 * ahead, sit in 1999 after a dead battery, or step back between a note and
 * its edit, so a time need only be one a Date can hold.
 */
export function backupSchemas() {
  const timestamp = (typeMessage: string = M.expectedNumber()) =>
    z.number(says(typeMessage)).refine(isTimestamp, M.notTimestamp());
  const count = z.number(says(M.expectedNumber())).int(M.notCount()).min(0, M.notCount());
  const clockTime = z.string(says(M.expectedText())).refine((value) => parseClockTime(value) !== null, M.notClockTime());

  const note = z
    .strictObject(
      {
        id: z.string(says(M.expectedText())).regex(UUID, M.notUuid()),
        text: z.string(says(M.expectedText())).transform((text, ctx) => {
          const checked = checkNoteText(text);
          if (checked.ok) return checked.text;
          ctx.addIssue({ code: 'custom', message: checked.reason === 'empty' ? M.textEmpty() : M.tooLong(NOTE_MAX_LENGTH) });
          return z.NEVER;
        }),
        createdAt: timestamp(),
        updatedAt: timestamp(),
        source: z.enum(SOURCES, says(M.oneOf(SOURCES, false))),
        prompt: z
          .string(says(M.expectedTextOrNull()))
          .refine((prompt) => noteLength(prompt) <= PROMPT_MAX_LENGTH, M.tooLong(PROMPT_MAX_LENGTH))
          .nullable(),
        // Marks one of an evening's three good things (issue 18); absent on other notes.
        ritual: z
          .strictObject(
            {
              kind: z.literal('three-good-things', says(M.oneOf(['three-good-things'], false))),
              day: z.iso.date(says(M.notDay())),
              index: z.literal([0, 1, 2], says(M.goodThingIndex())),
            },
            says(M.expectedObject()),
          )
          .optional(),
        // Absent on the user's own notes from before sharing.
        author: z.enum(AUTHORS, says(M.oneOf(AUTHORS, false))).optional(),
      },
      says(M.expectedObject()),
    ) satisfies z.ZodType<NoteRecord>;

  const { max: windowIdMax } = SETTINGS_LIMITS.windowIdLength;
  const evening = z
    .strictObject(
      {
        id: z.string(says(M.expectedText())),
        day: z.iso.date(says(M.notDay())),
        windowId: z.string(says(M.expectedText())).min(1, M.windowId(windowIdMax)).max(windowIdMax, M.windowId(windowIdMax)),
        start: timestamp(),
        end: timestamp(),
        startTime: clockTime,
        endTime: clockTime,
        nudgesShown: count,
        lastNudgeAt: timestamp(M.expectedNumberOrNull()).nullable(),
        snoozedUntil: timestamp(M.expectedNumberOrNull()).nullable(),
        settled: z.literal('put-down', says(M.oneOf(['put-down'], true))).nullable(),
        dismissedAt: timestamp(M.expectedNumberOrNull()).nullable(),
        snoozes: count,
        notesWritten: count,
        sawActivity: z.boolean(says(M.expectedBoolean())),
        paused: z.boolean(says(M.expectedBoolean())),
        undelivered: count.optional(),
        outcome: z.enum(OUTCOMES, says(M.oneOf(OUTCOMES, true))).nullable(),
        updatedAt: timestamp(),
      },
      says(M.expectedObject()),
    )
    .superRefine((record, ctx) => {
      // The id is how one evening's log is found again; it must be the one Hearth would compute.
      const expectedId = `${record.day}#${record.windowId}`;
      if (record.id !== expectedId) ctx.addIssue({ code: 'custom', path: ['id'], message: M.eveningId(expectedId) });
      if (record.end <= record.start) ctx.addIssue({ code: 'custom', path: ['end'], message: M.notAfter('start') });
    }) satisfies z.ZodType<EveningRecord>;

  const exportedAt = z
    .string(says(M.expectedText()))
    .refine(isDateTime, M.notDateTime());

  const app = z.strictObject(
    {
      name: z.literal('Hearth', says(M.oneOf(['Hearth'], false))),
      version: z.string(says(M.expectedText())).min(1, M.appVersion()).max(APP_VERSION_MAX_LENGTH, M.appVersion()),
    },
    says(M.expectedObject()),
  );

  const tombstone = z.strictObject(
    {
      id: z.string(says(M.expectedText())).regex(UUID, M.notUuid()),
      deletedAt: timestamp(),
      updatedAt: timestamp(),
    },
    says(M.expectedObject()),
  ) satisfies z.ZodType<NoteTombstone>;

  return { note, evening, tombstone, exportedAt, app };
}

// ISO 8601 as people write it, or as toISOString() writes a year past 9999 ('+010000-01-01T…').
function isDateTime(value: string): boolean {
  const time = Date.parse(value);
  if (!isTimestamp(time)) return false;
  return ISO_DATE_TIME.safeParse(value).success || new Date(time).toISOString() === value;
}

function isTimestamp(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) <= LATEST_DATE;
}
