import { z } from '../platform/zod';
import { parseClockTime } from '../time/clock';
import type { EveningRecord } from '../evening/record';
import type { NoteRecord, NoteSource } from '../notes/record';
import type { EveningOutcome } from '../evening/outcome';
import { DAY_MS } from '../time/local';
import { checkNoteText, noteLength, NOTE_MAX_LENGTH } from '../notes/text';
import { SETTINGS_LIMITS } from '../settings';
import { BACKUP_MESSAGES as M } from './messages';

// Listed as records so that adding a member to the type without adding it here fails to compile.
const SOURCE_SET = { popup: 0, nudge: 0, import: 0 } satisfies Record<NoteSource, 0>;
const OUTCOME_SET = { 'put-down': 0, away: 0, 'kept-browsing': 0, paused: 0 } satisfies Record<EveningOutcome, 0>;
const SOURCES = Object.keys(SOURCE_SET) as [NoteSource, ...NoteSource[]];
const OUTCOMES = Object.keys(OUTCOME_SET) as [EveningOutcome, ...EveningOutcome[]];

const PROMPT_MAX_LENGTH = 500;
const APP_VERSION_MAX_LENGTH = 50;
// Hearth did not exist before this; an earlier time is a corrupt value, not an old note.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST_DATE = 8.64e15;
const ISO_DATE_TIME = z.iso.datetime({ offset: true });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A missing key gets its own word; any other failure gets the field's sentence.
function says(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? M.missing() : message) };
}

/** Checks on the fields of one file, against the clock at `now`. */
export function backupSchemas(now: number) {
  // A clock a little ahead on the exporting computer must not block its notes.
  const latest = now + DAY_MS;
  const timestamp = (typeMessage: string = M.expectedNumber()) =>
    z.number(says(typeMessage)).superRefine((value, ctx) => {
      const problem = timestampProblem(value, latest);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
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
      },
      says(M.expectedObject()),
    )
    .superRefine((record, ctx) => {
      if (record.updatedAt < record.createdAt) {
        ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: M.earlierThan('createdAt') });
      }
    }) satisfies z.ZodType<NoteRecord>;

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
    .refine((value) => ISO_DATE_TIME.safeParse(value).success && timestampProblem(Date.parse(value), latest) === null, M.notDateTime());

  const app = z.strictObject(
    {
      name: z.literal('Hearth', says(M.oneOf(['Hearth'], false))),
      version: z.string(says(M.expectedText())).min(1, M.appVersion()).max(APP_VERSION_MAX_LENGTH, M.appVersion()),
    },
    says(M.expectedObject()),
  );

  return { note, evening, exportedAt, app };
}

function timestampProblem(value: number, latest: number): string | null {
  if (!Number.isInteger(value)) return M.notTimestamp();
  // Beyond ±8.64e15 ms a Date cannot even be written out; say so without a day.
  if (Math.abs(value) > LATEST_DATE) return M.notTimestamp();
  if (value < EARLIEST) return M.dateTooEarly(dayOf(value));
  if (value > latest) return M.dateInFuture(dayOf(value));
  return null;
}

function dayOf(value: number): string {
  return new Date(value).toISOString().slice(0, 10);
}
