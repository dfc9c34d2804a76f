import { describe, expect, test } from 'vitest';
import { freshEvening, type EveningState } from '../../utils/evening/state';
import { decideNudge, type Activity } from '../../utils/nudge/decision';
import { localDateOf, nextWake, openOccurrence } from '../../utils/schedule/occurrences';
import { defaultSettings, type Settings } from '../../utils/settings';

const timeZone = 'Europe/Paris';
// Paris in January is UTC+01:00; the default window runs 21:00–22:00 every day.
const at = (local: string) => Date.parse(`${local}:00+01:00`);
const monday = (time: string) => at(`2026-01-12T${time}`);
const settings = defaultSettings();

const evening = (change: Partial<EveningState> = {}): EveningState => ({
  ...freshEvening({ windowId: 'default', day: '2026-01-12' }),
  ...change,
});
const nudgedAt = (time: string, change: Partial<EveningState> = {}) =>
  evening({ nudgesShown: 1, lastNudgeAt: monday(time), ...change });
const wake = (now: number, state: EveningState | null = null, change: Partial<Settings> = {}) =>
  nextWake({ settings: { ...settings, ...change }, evening: state, now, timeZone });

describe('nextWake() outside a window', () => {
  test.each([
    ['before the window', monday('18:00'), monday('21:00')],
    ['a minute before', monday('20:59'), monday('21:00')],
    ['at its end', monday('22:00'), at('2026-01-13T21:00')],
    ['late at night', monday('23:30'), at('2026-01-13T21:00')],
    ['after midnight', at('2026-01-13T00:30'), at('2026-01-13T21:00')],
  ])('%s: the next start', (_, now, expected) => {
    expect(wake(now)).toBe(expected);
  });

  test('skips the weekend for a weekday window', () => {
    const windows: Settings['windows'] = [{ id: 'w', days: [1, 2, 3, 4, 5], start: '21:00', end: '22:00' }];
    expect(wake(at('2026-01-09T22:30'), null, { windows })).toBe(monday('21:00'));
  });

  test('with Hearth off there is nothing to wake for', () => {
    expect(wake(monday('18:00'), null, { enabled: false })).toBeNull();
    expect(wake(monday('21:30'), null, { enabled: false })).toBeNull();
  });

  test('without windows there is nothing to wake for', () => {
    expect(wake(monday('18:00'), null, { windows: [] })).toBeNull();
  });
});

describe('nextWake() inside the window', () => {
  test.each<[string, number, EveningState | null, number]>([
    ['no nudge yet: due now', monday('21:00'), null, monday('21:00')],
    ['no nudge yet, later on: due now', monday('21:30'), evening(), monday('21:30')],
    ['a state left from yesterday counts as none', monday('21:10'), nudgedAt('21:05', { day: '2026-01-11', settled: 'put-down' }), monday('21:10')],
    ['after a nudge: one repeat later', monday('21:05'), nudgedAt('21:00'), monday('21:20')],
    ['a repeat past the end: the end', monday('21:50'), nudgedAt('21:50'), monday('22:00')],
    ['a repeat already overdue: due now', monday('21:25'), nudgedAt('21:00'), monday('21:25')],
    ['snoozed: the snooze’s end, sooner than the repeat', monday('21:05'), nudgedAt('21:00', { snoozedUntil: monday('21:12') }), monday('21:12')],
    ['snoozed past the end: the end', monday('21:45'), nudgedAt('21:40', { snoozedUntil: monday('22:30') }), monday('22:00')],
    ['a snooze that ran out unanswered: due now', monday('21:15'), nudgedAt('21:00', { snoozedUntil: monday('21:12') }), monday('21:15')],
    ['a snooze followed by a nudge: the repeat', monday('21:15'), nudgedAt('21:12', { nudgesShown: 2, snoozedUntil: monday('21:12') }), monday('21:32')],
    ['dismissed: a full repeat from the dismissal', monday('21:10'), nudgedAt('21:00', { dismissedAt: monday('21:10') }), monday('21:30')],
    ['settled: only the end, to close the evening', monday('21:05'), nudgedAt('21:00', { settled: 'put-down' }), monday('22:00')],
    ['the limit reached: only the end', monday('21:41'), nudgedAt('21:40', { nudgesShown: 3 }), monday('22:00')],
  ])('%s', (_, now, state, expected) => {
    expect(wake(now, state)).toBe(expected);
  });

  test('a user found away is looked for again one repeat later, not at once', () => {
    const away = (now: number) => nextWake({ settings, evening: null, now, timeZone, userAway: true });
    expect(away(monday('21:00'))).toBe(monday('21:20'));
    expect(away(monday('21:50'))).toBe(monday('22:00'));
  });
});

describe('nextWake() and the holiday pause', () => {
  test.each([
    ['paused until tomorrow, inside tonight’s window', monday('21:30'), '2026-01-13', at('2026-01-13T21:00')],
    ['paused until tomorrow, before tonight’s window', monday('12:00'), '2026-01-13', at('2026-01-13T21:00')],
    // Summer time by then: 21:00 in Paris is 19:00 UTC.
    ['paused until far away: straight to its first evening', monday('12:00'), '2027-06-01', Date.parse('2027-06-01T19:00:00Z')],
    ['a pause that has ended changes nothing', monday('12:00'), '2026-01-12', monday('21:00')],
  ])('%s', (_, now, pausedUntil, expected) => {
    expect(wake(now, null, { pausedUntil })).toBe(expected);
  });
});

describe('a machine that sleeps through the window', () => {
  test('wakes late, does not nudge, and aims at tomorrow', () => {
    expect(wake(monday('20:00'))).toBe(monday('21:00'));
    const lateAlarm = monday('23:30');
    const activity: Activity = { idle: 'active', browserFocused: true };
    expect(decideNudge({ settings, evening: null, now: lateAlarm, timeZone, activity })).toEqual({
      nudge: false,
      reason: 'no-window',
    });
    expect(wake(lateAlarm)).toBe(at('2026-01-13T21:00'));
  });
});

describe('a restarted browser or a killed worker', () => {
  test('recomputing from the persisted state gives the same wake until it is due', () => {
    const state = nudgedAt('21:05');
    for (const time of ['21:05', '21:06', '21:17', '21:24']) expect(wake(monday(time), state)).toBe(monday('21:25'));
  });

  test('the same inputs always give the same answer', () => {
    const state = nudgedAt('21:05', { snoozedUntil: monday('21:08') });
    expect(wake(monday('21:06'), state)).toBe(wake(monday('21:06'), state));
  });

  test('coming back after the repeat has passed makes the nudge due at once', () => {
    expect(wake(monday('21:40'), nudgedAt('21:05'))).toBe(monday('21:40'));
  });
});

describe('wake count over a week', () => {
  type Reply = 'ignore' | 'put-down' | 'away';

  // Plays the background: at each wake, decide, record a nudge, and ask again.
  function simulate(reply: Reply, from: number, to: number, zone = timeZone) {
    const wakes: number[] = [];
    let state: EveningState | null = null;
    let userAway = false;
    let now = from;
    for (let next = nextWake({ settings, evening: state, now, timeZone: zone }); next !== null && next < to; ) {
      expect(next).toBeGreaterThan(now);
      now = next;
      wakes.push(now);
      const activity: Activity = { idle: reply === 'away' ? 'idle' : 'active', browserFocused: true };
      const decision = decideNudge({ settings, evening: state, now, timeZone: zone, activity });
      if (decision.nudge) {
        const base: EveningState = state?.day === decision.occurrence.day ? state : freshEvening(decision.occurrence);
        state = { ...base, nudgesShown: base.nudgesShown + 1, lastNudgeAt: now };
        if (reply === 'put-down') state = { ...state, settled: 'put-down' };
      }
      userAway = !decision.nudge && decision.reason === 'user-away';
      next = nextWake({ settings, evening: state, now, timeZone: zone, userAway });
    }
    return wakes;
  }

  const byDay = (wakes: number[], zone: string) => {
    const days = new Map<string, { inside: number; outside: number }>();
    for (const instant of wakes) {
      const day = localDateOf(instant, zone);
      const count = days.get(day) ?? { inside: 0, outside: 0 };
      if (openOccurrence(settings, instant, zone)) count.inside++;
      else count.outside++;
      days.set(day, count);
    }
    return [...days.values()];
  };

  test.each<[Reply, number]>([
    ['ignore', 3],
    ['away', 3],
    ['put-down', 1],
  ])('a user who does %s: %i wakes in the window and only its end outside, every day', (reply, inside) => {
    const days = byDay(simulate(reply, at('2026-01-12T00:00'), at('2026-01-19T00:00')), timeZone);
    expect(days).toHaveLength(7);
    for (const day of days) expect(day).toEqual({ inside, outside: 1 });
  });

  test('a user who keeps browsing is nudged at 21:00, 21:20 and 21:40', () => {
    const wakes = simulate('ignore', monday('00:00'), at('2026-01-13T00:00'));
    expect(wakes).toEqual(['21:00', '21:20', '21:40', '22:00'].map(monday));
  });

  test('the week across the New York spring-forward keeps the same rhythm', () => {
    const zone = 'America/New_York';
    const wakes = simulate('ignore', Date.parse('2026-03-05T00:00:00-05:00'), Date.parse('2026-03-12T00:00:00-04:00'), zone);
    for (const day of byDay(wakes, zone)) expect(day).toEqual({ inside: 3, outside: 1 });
  });
});
