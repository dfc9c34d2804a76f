import { describe, expect, test } from 'vitest';
import { createRandom, generateEvenings, generateNotes } from '../../entrypoints/dev-seed/generate';
import { checkNoteText } from '../../utils/notes/text';
import { defaultSettings } from '../../utils/settings';

const from = Date.parse('2021-11-25T00:00:00Z');
const to = Date.parse('2026-11-25T00:00:00Z');

describe('generateNotes()', () => {
  test('the same seed gives the same notes', () => {
    expect(generateNotes(50, from, to, createRandom(7))).toEqual(generateNotes(50, from, to, createRandom(7)));
    expect(generateNotes(50, from, to, createRandom(7))).not.toEqual(generateNotes(50, from, to, createRandom(8)));
  });

  test('every note is one the repository accepts, written inside the period', () => {
    const notes = generateNotes(500, from, to, createRandom(1));
    for (const note of notes) {
      expect(checkNoteText(note.text).ok).toBe(true);
      expect(note.createdAt).toBeGreaterThanOrEqual(from);
      expect(note.createdAt).toBeLessThan(to);
    }
    expect(new Set(notes.map((n) => n.source))).toEqual(new Set(['popup', 'nudge']));
  });
});

describe('generateEvenings()', () => {
  test('one finished record per day, outcomes mixed and consistent with the facts', () => {
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10));
    const records = generateEvenings(days, defaultSettings().windows[0]!, 'Europe/Berlin', createRandom(3));
    expect(records).toHaveLength(60);
    expect(new Set(records.map((r) => r.outcome))).toEqual(new Set(['put-down', 'away', 'kept-browsing', 'paused']));
    for (const record of records) {
      expect(record.id).toBe(`${record.day}#default`);
      expect(record.settled === 'put-down').toBe(record.outcome === 'put-down');
      expect(record.paused).toBe(record.outcome === 'paused');
      if (record.outcome === 'away') expect(record.nudgesShown).toBe(0);
    }
  });
});
