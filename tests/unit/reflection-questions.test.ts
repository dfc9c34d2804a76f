import { describe, expect, test } from 'vitest';
import { pickReflectionQuestion, REFLECTION_QUESTIONS } from '../../utils/week/questions';
import { nextWeek, type Week, weekOf, type WeekOptions } from '../../utils/week/range';
import { resolveMessage } from '../setup/messages';

const weeks = (weekStart: WeekOptions['weekStart'], count: number): Week[] => {
  const options: WeekOptions = { timeZone: 'Europe/London', dayBoundary: '04:00', weekStart };
  const list = [weekOf('2026-11-25', options)];
  while (list.length < count) list.push(nextWeek(list[list.length - 1]!, options));
  return list;
};

describe('REFLECTION_QUESTIONS', () => {
  test('holds six to eight questions with unique keys', () => {
    expect(REFLECTION_QUESTIONS.length).toBeGreaterThanOrEqual(6);
    expect(REFLECTION_QUESTIONS.length).toBeLessThanOrEqual(8);
    expect(new Set(REFLECTION_QUESTIONS).size).toBe(REFLECTION_QUESTIONS.length);
  });

  test.each(REFLECTION_QUESTIONS.map((key) => [key, resolveMessage(key)]))('%s is a question in English: %s', (_, text) => {
    expect(text).toMatch(/^[A-Z].*\?$/);
  });

  test('every question has its own English text', () => {
    expect(new Set(REFLECTION_QUESTIONS.map((key) => resolveMessage(key))).size).toBe(REFLECTION_QUESTIONS.length);
  });
});

describe('pickReflectionQuestion()', () => {
  test('asks the same question all week', () => {
    const options: WeekOptions = { timeZone: 'America/New_York', dayBoundary: '04:00', weekStart: 1 };
    const monday = weekOf(Date.parse('2026-11-23T09:00-05:00'), options);
    const sundayNight = weekOf(Date.parse('2026-11-30T03:00-05:00'), options);
    expect(pickReflectionQuestion(sundayNight)).toEqual(pickReflectionQuestion(monday));
  });

  test.each([0, 1, 6] as const)('never repeats from one week to the next (weekday-%i weeks)', (weekStart) => {
    const picks = weeks(weekStart, 30).map((week) => pickReflectionQuestion(week));
    picks.slice(1).forEach((key, i) => expect(key).not.toBe(picks[i]));
  });

  test('asks every question once before coming back to the first', () => {
    const picks = weeks(1, REFLECTION_QUESTIONS.length).map((week) => pickReflectionQuestion(week));
    expect(new Set(picks).size).toBe(REFLECTION_QUESTIONS.length);
  });

  test('keeps working for weeks before 1970', () => {
    const old: Week = { start: '1969-12-29', days: [], from: 0, to: 0 };
    expect(REFLECTION_QUESTIONS).toContain(pickReflectionQuestion(old));
  });
});
