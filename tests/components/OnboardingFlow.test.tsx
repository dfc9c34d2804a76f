import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { OnboardingFlow, type OnboardingFlowProps } from '../../components/OnboardingFlow';
import { defaultSettings, type Settings } from '../../utils/settings';

function setup(overrides: Partial<OnboardingFlowProps> = {}) {
  const props: OnboardingFlowProps = {
    settings: defaultSettings(),
    onSave: vi.fn(async (next: Settings) => ({ ok: true as const, settings: next })),
    locale: 'en-GB',
    onStyleNeedsPermission: vi.fn(async () => true),
    onFinish: vi.fn(),
    ...overrides,
  };
  render(<OnboardingFlow {...props} />);
  return { onSave: vi.mocked(props.onSave), ask: vi.mocked(props.onStyleNeedsPermission), onFinish: vi.mocked(props.onFinish) };
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });
const lastSaved = (onSave: ReturnType<typeof setup>['onSave']) => onSave.mock.lastCall?.[0];

/** A promise the test settles, standing in for the browser's prompt. */
function prompt() {
  let answer: (granted: boolean) => void = () => undefined;
  const promise = new Promise<boolean>((resolve) => (answer = resolve));
  return { promise, answer };
}

describe('OnboardingFlow', () => {
  test('goes step by step, each heading taking focus, and Back returns', () => {
    setup();
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    next();
    const heading = screen.getByRole('heading', { name: 'Agree on your hour together' });
    expect(document.activeElement).toBe(heading);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'An hour for the two of you' }));
  });

  test('saves the agreed window as it changes, with its plain-language preview', () => {
    const { onSave } = setup();
    next();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    type(screen.getByLabelText('Starts'), '21:30');
    type(screen.getByLabelText('Ends'), '22:30');
    expect(screen.getByText('Weeknights 21:30–22:30', { exact: false })).toBeTruthy();
    expect(lastSaved(onSave)?.windows).toEqual([{ id: 'default', days: [1, 2, 3, 4, 5], start: '21:30', end: '22:30' }]);
  });

  test('an invalid window is shown, not saved, and holds the Next button', () => {
    const { onSave } = setup();
    next();
    type(screen.getByLabelText('Ends'), '21:00');
    expect(screen.getByText('The end time must differ from the start time.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  describe('the nudge style', () => {
    test('the card, once granted, is saved', async () => {
      const { onSave, ask } = setup();
      next();
      next();
      fireEvent.click(screen.getByRole('radio', { name: /A card on the page/ }));
      expect(ask).toHaveBeenCalledWith('card');
      await waitFor(() => expect(lastSaved(onSave)?.style).toBe('card'));
    });

    test('declined, falls back to the small window and says so', async () => {
      const { onSave } = setup({ onStyleNeedsPermission: vi.fn(async () => false) });
      next();
      next();
      fireEvent.click(screen.getByRole('radio', { name: /A system notification/ }));
      await screen.findByText("That's fine. Without it, Hearth will use a small window instead.");
      expect(lastSaved(onSave)?.style).toBe('window');
      expect(screen.getByRole('radio', { name: /A small window/ })).toHaveProperty('checked', true);
    });

    test('a style picked while the browser is asking wins over the late answer', async () => {
      const card = prompt();
      const { onSave } = setup({ onStyleNeedsPermission: vi.fn(() => card.promise) });
      next();
      fireEvent.input(screen.getByLabelText('Your partner\'s name (optional)'), { target: { value: 'Sam' } });
      next();
      fireEvent.click(screen.getByRole('radio', { name: /A card on the page/ }));
      fireEvent.click(screen.getByRole('radio', { name: /A small window/ }));
      card.answer(true);
      await card.promise;
      await waitFor(() => expect(lastSaved(onSave)).toMatchObject({ style: 'window', names: { partner: 'Sam' } }));
      expect(onSave.mock.calls.some(([saved]) => saved.style === 'card')).toBe(false);
      expect(screen.getByRole('radio', { name: /A small window/ })).toHaveProperty('checked', true);
    });
  });

  test('Done finishes', () => {
    const { onFinish } = setup();
    next();
    next();
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Show me a nudge now' }));
    expect(screen.getByText('Time for the two of you')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onFinish).toHaveBeenCalledTimes(1);
  });
});
