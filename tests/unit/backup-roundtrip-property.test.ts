import { afterEach, describe, expect, test } from 'vitest';
import { finishClosedEvenings } from '../../entrypoints/background/evening-log';
import { createBackup, serializeBackup } from '../../utils/backup/format';
import { validateBackup } from '../../utils/backup/validate';
import { exportAll, importBackup } from '../../utils/db/backup';
import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import { personalise } from '../../utils/rituals/prompts';
import { applyIncoming } from '../../utils/sharing/apply-incoming';
import { occurrenceOn } from '../../utils/schedule/occurrences';
import { defaultSettings, SETTINGS_LIMITS, type ConnectionWindow, type Settings } from '../../utils/settings';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { newWindowId } from '../../utils/settings/window-ids';
import { DAY_MS, MINUTE_MS, type ClockTime, type LocalDate } from '../../utils/time/local';
import { localDateOf } from '../../utils/time/zoned';

/**
 * The rule of #16: everything Hearth can store, Hearth can export and import
 * back. Each run writes a random history through Hearth's own write paths
 * (the note repository, sharing's incoming notes, the evening log, the settings store) under a clock
 * that may run days or centuries ahead, sit in 1999 or step back, with
 * prompts personalised to their longest. Then it exports, reads the file back
 * as import does, imports it into an empty database and expects the very same
 * records.
 */

const RUNS = 40;
const STEPS = 30;
const NOW = Date.parse('2026-11-25T21:00:00Z');

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Lord_Howe'];
const ALPHABETS = ['abc xyz', 'абвгд жз', 'αβγ δε', '日本語の文', '🌙💛✨ ok', 'مرحبا بك'];

function text(r: Random, maxLength: number): string {
  const alphabet = [...r.pick(ALPHABETS)];
  const length = r.int(1, maxLength);
  let out = '';
  for (let i = 0; i < length; i++) out += r.pick(alphabet);
  // A few spaces at the ends, as people type them: the writers trim.
  return out.trim() || 'x';
}

/** A clock as odd as real ones get: right, days or centuries ahead, a dead battery, or stepped back. */
function clock(r: Random, previous: number): number {
  switch (r.int(0, 6)) {
    case 0:
      return previous - r.int(1, 3 * 3_600_000); // stepped back (DST by hand, NTP correction)
    case 1:
      return NOW + r.int(2, 400) * DAY_MS; // more than a day ahead
    case 2:
      return Date.UTC(1999, r.int(0, 11), r.int(1, 28), r.int(0, 23)); // a dead clock battery
    case 3:
      return r.pick([0, Date.UTC(2000, 0, 1) - 1, Date.UTC(2999, 0, 1)]);
    default:
      return previous + r.int(1, 6 * 3_600_000);
  }
}

/** A prompt as long as personalising can make it: up to 200 characters, full of names. */
function ritualPrompt(r: Random): string {
  const { max } = SETTINGS_LIMITS.promptLength;
  if (r.chance(0.4)) return r.pick(['{me}', '{partner}']).repeat(Math.floor(max / 9)).slice(0, max);
  return `${text(r, 120)} {partner}`.slice(0, max);
}

function clockTime(minutes: number): ClockTime {
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` as ClockTime;
}

async function storedSettings(r: Random): Promise<Settings> {
  const start = r.int(0, 24 * 60 - 1);
  const window: ConnectionWindow = {
    id: r.chance(0.5) ? newWindowId() : 'evening',
    days: [0, 1, 2, 3, 4, 5, 6],
    start: clockTime(start),
    end: clockTime((start + r.int(1, SETTINGS_LIMITS.windowHours * 60)) % (24 * 60)),
  };
  const names = { me: text(r, SETTINGS_LIMITS.nameLength.max), partner: r.chance(0.2) ? '' : text(r, SETTINGS_LIMITS.nameLength.max) };
  const prompts = Array.from({ length: r.int(1, 4) }, () => ritualPrompt(r));
  const saved = await saveSettings({ ...defaultSettings(), windows: [window], names, prompts });
  if (!saved.ok) throw new Error(`settings refused: ${JSON.stringify(saved.errors)}`);
  return loadSettings();
}

/** One random history, written the way Hearth writes it. */
async function writeHistory(db: HearthDatabase, r: Random, settings: Settings): Promise<number> {
  const notes = createNoteRepository(db);
  const evenings = createEveningRepository(db);
  const zone = r.pick(ZONES);
  const ids: string[] = [];
  let now = NOW;
  for (let step = 0; step < STEPS; step++) {
    now = clock(r, now);
    const kind = r.int(0, 9);
    if (kind <= 2) {
      ids.push((await notes.add({ text: text(r, 2000), source: 'popup', prompt: r.chance(0.5) ? 'What made you smile today?' : null }, now)).id);
    } else if (kind === 3) {
      const prompt = personalise(r.pick(settings.prompts), settings.names);
      ids.push((await notes.saveOnce(crypto.randomUUID(), { text: text(r, 300), source: 'nudge', prompt }, now)).note.id);
    } else if (kind === 4 && ids.length > 0) {
      await notes.edit(r.pick(ids), text(r, 500), now).catch(() => undefined); // a deleted one is refused
    } else if (kind === 5 && ids.length > 0) {
      await notes.remove(r.pick(ids), now);
      if (r.chance(0.3)) await notes.restore(ids.at(-1)!, now + 1).catch(() => undefined);
      if (r.chance(0.5)) await notes.purgeDeleted(now + r.int(0, 20_000));
    } else if (kind === 7 && r.chance(0.5)) {
      // Sharing's write path: a partner's note, one's own from another device, or a delete of one of them.
      const deletes = ids.length > 0 && r.chance(0.3);
      const id = deletes ? r.pick(ids) : crypto.randomUUID();
      const author = r.pick(['author-self', 'author-partner']);
      const record = { kind: 'note' as const, author, source: r.pick(['popup', 'nudge'] as const), text: deletes ? '' : text(r, 400), prompt: null, createdAt: now, updatedAt: now, deletedAt: deletes ? now : null };
      await applyIncoming(db, [{ id, record }], 'author-self');
      if (!deletes) ids.push(id);
    } else if (kind === 6) {
      const stored = await notes.addMany([{ text: text(r, 80), source: 'import', createdAt: now }]);
      ids.push(...stored.map((note) => note.id));
    } else {
      await logEvening(evenings, r, settings, zone, now);
    }
  }
  return now;
}

async function logEvening(evenings: ReturnType<typeof createEveningRepository>, r: Random, settings: Settings, zone: string, now: number) {
  const day: LocalDate = localDateOf(now - r.int(0, 2) * DAY_MS, zone);
  const occurrence = occurrenceOn(settings.windows[0]!, day, zone);
  if (!occurrence) return;
  await evenings.update(
    occurrence,
    (record) => ({
      ...record,
      nudgesShown: record.nudgesShown + 1,
      lastNudgeAt: now,
      snoozedUntil: r.chance(0.3) ? now + settings.snoozeMinutes * MINUTE_MS : record.snoozedUntil,
      dismissedAt: r.chance(0.3) ? now : record.dismissedAt,
      settled: r.chance(0.3) ? 'put-down' : record.settled,
      sawActivity: record.sawActivity || r.chance(0.5),
    }),
    now,
  );
  if (r.chance(0.5)) await finishClosedEvenings(evenings, settings, now - 3 * DAY_MS, now, zone);
}

const open: HearthDatabase[] = [];
const database = () => {
  const db = new HearthDatabase(`property-${crypto.randomUUID()}`);
  open.push(db);
  return db;
};
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('everything Hearth can store, it can export and import back', () => {
  test.each(Array.from({ length: RUNS }, (_, i) => [i + 1]))('history %i', async (seed) => {
    const r = random(seed);
    const source = database();
    const settings = await storedSettings(r);
    const exportedAt = await writeHistory(source, r, settings);
    const stored = await exportAll(source);

    const text = serializeBackup(createBackup({ settings, ...stored, exportedAt }));
    // Read back on a device whose clock is right.
    const read = validateBackup(text);
    expect(read.ok ? [] : read.errors, `seed ${seed}`).toEqual([]);
    if (!read.ok) return;

    const target = database();
    await importBackup(target, read.backup);
    expect(await exportAll(target), `seed ${seed}`).toEqual(stored);
    expect(read.backup.settings).toEqual(settings);
    // And importing it where it came from changes nothing.
    expect(await importBackup(source, read.backup)).toMatchObject({ notesAdded: 0, notesUpdated: 0, notesRemoved: 0, eveningsAdded: 0 });
  });
});
