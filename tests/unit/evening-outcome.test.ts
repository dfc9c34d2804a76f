import { describe, expect, test } from 'vitest';
import { freshEvening, type EveningState } from '../../utils/evening/state';
import { outcomeOf, type EveningOutcome } from '../../utils/evening/outcome';

const evening = (change: Partial<EveningState> = {}): EveningState => ({
  ...freshEvening({ windowId: 'default', day: '2026-01-14' }),
  ...change,
});
const NUDGE = Date.parse('2026-01-14T21:00:00Z');

describe('outcomeOf()', () => {
  test.each<[string, EveningState | null, boolean, boolean, EveningOutcome]>([
    ['a paused evening, whatever happened', evening({ nudgesShown: 1, lastNudgeAt: NUDGE }), true, true, 'paused'],
    ['a paused evening with no state', null, false, true, 'paused'],
    ['put down after a nudge', evening({ nudgesShown: 1, lastNudgeAt: NUDGE, settled: 'put-down' }), true, false, 'put-down'],
    ['put down after the third nudge', evening({ nudgesShown: 3, lastNudgeAt: NUDGE, settled: 'put-down' }), true, false, 'put-down'],
    ['nudged and never settled', evening({ nudgesShown: 2, lastNudgeAt: NUDGE }), true, false, 'kept-browsing'],
    ['nudged, then dismissed', evening({ nudgesShown: 1, lastNudgeAt: NUDGE, dismissedAt: NUDGE }), true, false, 'kept-browsing'],
    ['seen browsing but never nudged', null, true, false, 'kept-browsing'],
    ['nudged, even if no activity was recorded', evening({ nudgesShown: 1, lastNudgeAt: NUDGE }), false, false, 'kept-browsing'],
    ['no browsing at all', null, false, false, 'away'],
    ['an empty state and no browsing', evening(), false, false, 'away'],
  ])('%s → %s', (_, state, sawActivityInWindow, paused, outcome) => {
    expect(outcomeOf(state, { sawActivityInWindow }, paused)).toBe(outcome);
  });
});
