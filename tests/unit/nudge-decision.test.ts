import { describe, expect, test } from 'vitest';
import { freshEvening, type EveningState } from '../../utils/evening/state';
import { decideNudge, type Activity, type NudgeDecision } from '../../utils/nudge/decision';
import { defaultSettings, type Settings } from '../../utils/settings';

const timeZone = 'America/New_York';
// New York in January is UTC-05:00; the default window runs 21:00–22:00 every day.
const at = (local: string) => Date.parse(`${local}:00-05:00`);
const tonight = (time: string) => at(`2026-01-14T${time}`);

const active: Activity = { idle: 'active', browserFocused: true };
const evening = (change: Partial<EveningState> = {}): EveningState => ({
  ...freshEvening({ windowId: 'default', day: '2026-01-14' }),
  ...change,
});

function decide(
  now: number,
  state: EveningState | null = null,
  change: Partial<Settings> = {},
  activity: Activity = active,
): NudgeDecision {
  return decideNudge({ settings: { ...defaultSettings(), ...change }, evening: state, now, timeZone, activity });
}

const reasonOf = (decision: NudgeDecision) => (decision.nudge ? 'nudge' : decision.reason);

describe('decideNudge() nudges', () => {
  test('someone browsing in an open window, with no nudge yet', () => {
    expect(decide(tonight('21:00'))).toEqual({
      nudge: true,
      occurrence: {
        windowId: 'default',
        day: '2026-01-14',
        start: tonight('21:00'),
        end: tonight('22:00'),
        startTime: '21:00',
        endTime: '22:00',
      },
    });
  });

  test.each<[string, number, EveningState, Partial<Settings>]>([
    ['a repeat after the last nudge', tonight('21:20'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00') }), {}],
    ['when a snooze ends', tonight('21:10'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00'), snoozedUntil: tonight('21:10') }), {}],
    ['a repeat after a dismissal', tonight('21:30'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00'), dismissedAt: tonight('21:10') }), {}],
    ['the last nudge allowed', tonight('21:45'), evening({ nudgesShown: 2, lastNudgeAt: tonight('21:20') }), {}],
    ['on the evening the pause ends', tonight('21:30'), evening(), { pausedUntil: '2026-01-14' }],
  ])('%s', (_, now, state, change) => {
    expect(reasonOf(decide(now, state, change))).toBe('nudge');
  });

  test.each<[string, EveningState]>([
    ['last night’s settled evening', evening({ day: '2026-01-13', settled: 'put-down' })],
    ['last night’s full evening', evening({ day: '2026-01-13', nudgesShown: 3, lastNudgeAt: at('2026-01-13T21:40') })],
    ['another window’s state', evening({ windowId: 'other', snoozedUntil: tonight('21:50') })],
  ])('a fresh evening, not %s', (_, state) => {
    expect(reasonOf(decide(tonight('21:05'), state))).toBe('nudge');
  });
});

describe('decideNudge() holds back', () => {
  test.each<[string, number, EveningState | null, Partial<Settings>, string]>([
    ['Hearth is off', tonight('21:30'), null, { enabled: false }, 'disabled'],
    ['before the window', tonight('20:59'), null, {}, 'no-window'],
    ['at the window’s end', tonight('22:00'), null, {}, 'no-window'],
    ['an alarm that fires hours late', at('2026-01-15T02:00'), null, {}, 'no-window'],
    ['a paused evening', tonight('21:30'), null, { pausedUntil: '2026-01-15' }, 'paused'],
    ['a paused day, outside the window', tonight('12:00'), null, { pausedUntil: '2026-01-15' }, 'no-window'],
    ['the evening is settled', tonight('21:30'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00'), settled: 'put-down' }), {}, 'settled'],
    ['a snooze still running', tonight('21:05'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00'), snoozedUntil: tonight('21:10') }), {}, 'snoozed'],
    ['the limit is reached', tonight('21:50'), evening({ nudgesShown: 3, lastNudgeAt: tonight('21:40') }), {}, 'limit-reached'],
    ['a lower limit is reached', tonight('21:50'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00') }), { maxNudgesPerEvening: 1 }, 'limit-reached'],
    ['too soon after the last nudge', tonight('21:19'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00') }), {}, 'too-soon'],
    ['too soon for a longer repeat', tonight('21:25'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00') }), { repeatEveryMinutes: 30 }, 'too-soon'],
    ['too soon after a dismissal', tonight('21:25'), evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00'), dismissedAt: tonight('21:10') }), {}, 'too-soon'],
  ])('when %s', (_, now, state, change, reason) => {
    expect(decide(now, state, change)).toEqual({ nudge: false, reason });
  });

  test.each<[string, Activity]>([
    ['idle', { idle: 'idle', browserFocused: true }],
    ['locked', { idle: 'locked', browserFocused: true }],
    ['in another app', { idle: 'active', browserFocused: false }],
    ['idle and in another app', { idle: 'idle', browserFocused: false }],
  ])('when the user is %s', (_, activity) => {
    expect(decide(tonight('21:30'), null, {}, activity)).toEqual({ nudge: false, reason: 'user-away' });
  });

  test('an evening that is over says so before a user who is away', () => {
    const settled = evening({ nudgesShown: 1, lastNudgeAt: tonight('21:00'), settled: 'put-down' });
    expect(reasonOf(decide(tonight('21:30'), settled, {}, { idle: 'locked', browserFocused: false }))).toBe('settled');
  });
});

describe('decideNudge() across midnight', () => {
  const late = { windows: [{ id: 'late', days: [5 as const], start: '23:00', end: '01:00' }] };

  test('nudges after midnight for Friday’s window, owned by Friday', () => {
    const decision = decide(at('2026-01-17T00:30'), null, late);
    expect(decision.nudge && decision.occurrence.day).toBe('2026-01-16');
  });

  test('uses Friday’s state after midnight', () => {
    const state = { ...freshEvening({ windowId: 'late', day: '2026-01-16' }), nudgesShown: 1, lastNudgeAt: at('2026-01-17T00:20') };
    expect(reasonOf(decide(at('2026-01-17T00:30'), state, late))).toBe('too-soon');
  });
});
