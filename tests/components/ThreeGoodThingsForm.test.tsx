import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import type { SaveResult } from '../../components/NoteForm';
import { NudgeCard } from '../../components/NudgeCard';
import { ThreeGoodThingsForm, type ThreeGoodThingsFormProps } from '../../components/ThreeGoodThingsForm';
import GoodThingsPanel from '../../entrypoints/popup/GoodThingsPanel';
import type { NoteRepository } from '../../utils/db/notes';
import { createWebStorageDraftStore } from '../../utils/notes/drafts';
import { emptyGoodThings, type GoodThingEntry } from '../../utils/rituals/three-good-things';
import { defaultSettings } from '../../utils/settings';
import type { SettingsSource } from '../../entrypoints/popup/settings-source';

function setup(overrides: Partial<ThreeGoodThingsFormProps> = {}) {
  const onChange = vi.fn<(entries: GoodThingEntry[]) => void>();
  const onSave = vi.fn<(entries: GoodThingEntry[]) => Promise<SaveResult>>(async () => ({ ok: true }));
  render(<ThreeGoodThingsForm idPrefix="gt" initial={emptyGoodThings()} onChange={onChange} onSave={onSave} focusOnMount {...overrides} />);
  return { onChange, onSave };
}

const thing = (n: 'First' | 'Second' | 'Third') => screen.getByRole('textbox', { name: `${n} good thing` }) as HTMLInputElement;
const whys = () => screen.getAllByRole('textbox', { name: 'Why it went well (optional)' }) as HTMLInputElement[];
const type = (field: HTMLInputElement, value: string) => fireEvent.input(field, { target: { value } });

describe('ThreeGoodThingsForm', () => {
  test('three labelled fields, each with an optional why, the first focused', () => {
    setup();
    expect(document.activeElement).toBe(thing('First'));
    expect([thing('Second'), thing('Third')]).toHaveLength(2);
    expect(whys()).toHaveLength(3);
  });

  test('Enter moves on field by field, and saves from the last', async () => {
    const { onSave } = setup();
    const order = [thing('First'), whys()[0], thing('Second'), whys()[1], thing('Third'), whys()[2]];
    type(thing('First'), 'Tea in bed');
    for (const [i, field] of order.slice(0, -1).entries()) {
      fireEvent.keyDown(field!, { key: 'Enter' });
      expect(document.activeElement).toBe(order[i + 1]);
    }
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.keyDown(whys()[2]!, { key: 'Enter' });
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0][0]).toEqual({ thing: 'Tea in bed', why: '' });
  });

  test('Ctrl+Enter saves from any field; after saving the fields are empty and say so', async () => {
    const { onSave, onChange } = setup();
    type(thing('First'), 'Soup');
    type(whys()[0]!, 'you cooked');
    fireEvent.keyDown(whys()[0]!, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Kept. They are in this week's reflection."));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(thing('First').value).toBe('');
    expect(onChange).toHaveBeenLastCalledWith(emptyGoodThings());
  });

  test('nothing written, or a why without its thing: a clear message, and nothing is sent', async () => {
    const { onSave } = setup();
    fireEvent.submit(thing('First').form!);
    expect((await screen.findByRole('alert')).textContent).toBe('Write at least one good thing first.');
    type(whys()[1]!, 'because');
    fireEvent.submit(thing('First').form!);
    expect((await screen.findByRole('alert')).textContent).toBe('Good thing 2 has a why but no good thing yet.');
    expect(document.activeElement).toBe(thing('Second'));
    expect(onSave).not.toHaveBeenCalled();
  });

  test('a failed save keeps every word typed and says why', async () => {
    setup({ onSave: async () => ({ ok: false, message: 'Storage is full.' }) });
    type(thing('First'), 'Soup');
    fireEvent.submit(thing('First').form!);
    expect((await screen.findByRole('alert')).textContent).toBe('Storage is full.');
    expect(thing('First').value).toBe('Soup');
  });

  test('each keystroke reaches onChange (the draft), and a draft comes back with its notice', () => {
    const { onChange } = setup({ initial: [{ thing: 'Soup', why: '' }, { thing: '', why: '' }, { thing: 'Walk', why: 'sun' }] });
    expect(thing('Third').value).toBe('Walk');
    expect(screen.getByRole('status').textContent).toBe('Your unsaved draft is back.');
    type(thing('Second'), 'Ra');
    expect(onChange).toHaveBeenLastCalledWith([{ thing: 'Soup', why: '' }, { thing: 'Ra', why: '' }, { thing: 'Walk', why: 'sun' }]);
  });
});

describe('GoodThingsPanel (the popup tab)', () => {
  const settings: SettingsSource = { get: async () => defaultSettings(), current: () => defaultSettings(), subscribe: () => () => undefined };

  function renderPanel(saveMany = vi.fn(async () => ({ created: 1 }))) {
    const draft = createWebStorageDraftStore(localStorage, 'hearth:draft:good-things');
    const repository = async () => ({ saveMany }) as unknown as NoteRepository;
    const view = render(<GoodThingsPanel draft={draft} repository={repository} settings={settings} timeZone="Europe/Paris" />);
    return { view, saveMany, draft };
  }

  test('a partial entry is kept as a draft, and is back when the popup opens again', () => {
    const { view } = renderPanel();
    type(thing('First'), 'The long walk');
    type(whys()[0]!, 'we talked');
    view.unmount();
    renderPanel();
    expect(thing('First').value).toBe('The long walk');
    expect(whys()[0]!.value).toBe('we talked');
  });

  test('saved: the good things are stored as notes of this evening, and the draft is gone', async () => {
    const { saveMany } = renderPanel();
    type(thing('First'), 'Soup');
    type(thing('Third'), 'Sun');
    fireEvent.submit(thing('First').form!);
    await waitFor(() => expect(saveMany).toHaveBeenCalledTimes(1));
    const items = (saveMany.mock.calls[0] as unknown as [Array<{ text: string; ritual: { index: number; kind: string } }>])[0];
    expect(items.map((item) => [item.text, item.ritual.kind, item.ritual.index])).toEqual([
      ['Soup', 'three-good-things', 0],
      ['Sun', 'three-good-things', 2],
    ]);
    await waitFor(() => expect(localStorage.getItem('hearth:draft:good-things')).toBeNull());
  });
});

describe('NudgeCard with Three good things', () => {
  const base = { prompt: 'Three good things', snoozeMinutes: 10, onAction: () => undefined, onWriteNote: async () => ({ ok: true }) as const, variant: 'frame' as const };

  test('offers the three fields as a choice; opened by the user, the first field takes focus', () => {
    render(<NudgeCard {...base} onWriteGoodThings={async () => ({ ok: true })} />);
    const toggle = screen.getByRole('button', { name: 'Three good things tonight' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(thing('First'));
  });

  test('when the prompt is "Three good things" the fields start open, without taking focus', () => {
    render(<NudgeCard {...base} opensGoodThings onWriteGoodThings={async () => ({ ok: true })} />);
    expect(thing('First')).toBeTruthy();
    expect(document.activeElement).not.toBe(thing('First'));
  });

  test('the fields start with the kept draft, and every change is handed on; Esc closes them, not the card', () => {
    const onGoodThingsInput = vi.fn();
    const onAction = vi.fn();
    render(
      <NudgeCard
        {...base}
        onAction={onAction}
        opensGoodThings
        goodThingsDraft={[{ thing: 'Soup', why: '' }, { thing: '', why: '' }, { thing: '', why: '' }]}
        onWriteGoodThings={async () => ({ ok: true })}
        onGoodThingsInput={onGoodThingsInput}
      />,
    );
    expect(thing('First').value).toBe('Soup');
    type(thing('Second'), 'Sun');
    expect(onGoodThingsInput).toHaveBeenLastCalledWith([{ thing: 'Soup', why: '' }, { thing: 'Sun', why: '' }, { thing: '', why: '' }]);
    fireEvent.keyDown(thing('Second'), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'First good thing' })).toBeNull();
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Three good things tonight' }));
    expect(thing('Second').value).toBe('Sun');
  });
});
