import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsSource } from '../../entrypoints/popup/settings-source';
import { defaultSettings, type Settings } from '../../utils/settings';
import { publishValidatedSettings } from '../../utils/settings/validated';

function withNames(a: string): Settings {
  return { ...defaultSettings(), names: { me: a, partner: '' } };
}

/** A settings source over a scripted worker and a change event the test fires. */
function setup(answers: Array<Settings | Error>) {
  const ask = vi.fn(async () => {
    const next = answers.shift();
    if (!next) throw new Error('no answer scripted');
    if (next instanceof Error) throw next;
    return next;
  });
  let fireChange: () => void = () => undefined;
  const source = createSettingsSource(ask, (callback) => {
    fireChange = callback;
    return () => undefined;
  });
  return { source, ask, change: () => fireChange() };
}

describe('createSettingsSource()', () => {
  test('asks the worker once, however often the settings are wanted', async () => {
    const { source, ask } = setup([withNames('A')]);
    expect(source.current()).toBeUndefined();
    const [first, second] = await Promise.all([source.get(), source.get()]);
    expect(first.names.me).toBe('A');
    expect(second).toBe(first);
    expect(await source.get()).toBe(first);
    expect(source.current()).toBe(first);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  test('asks again after a change, and tells subscribers until they unsubscribe', async () => {
    const { source, ask, change } = setup([withNames('A'), withNames('B'), withNames('C')]);
    await source.get();
    const seen: string[] = [];
    const unsubscribe = source.subscribe((settings) => seen.push(settings.names.me));
    change();
    await vi.waitFor(() => expect(seen).toEqual(['B']));
    expect(source.current()?.names.me).toBe('B');
    expect((await source.get()).names.me).toBe('B');
    unsubscribe();
    change();
    await vi.waitFor(() => expect(source.current()?.names.me).toBe('C'));
    expect(seen).toEqual(['B']);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  test('keeps what it has when the worker is unavailable, and asks again next time', async () => {
    const { source, ask, change } = setup([withNames('A'), new Error('worker gone'), withNames('B')]);
    await source.get();
    const seen: string[] = [];
    source.subscribe((settings) => seen.push(settings.names.me));
    change();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    await Promise.resolve();
    expect(source.current()?.names.me).toBe('A');
    expect(seen).toEqual([]);
    expect((await source.get()).names.me).toBe('B');
  });

  test('a first request that fails is not remembered', async () => {
    const { source, ask } = setup([new Error('worker starting'), withNames('A')]);
    await expect(source.get()).rejects.toThrow('worker starting');
    expect((await source.get()).names.me).toBe('A');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  test('an older answer arriving after a newer one does not replace it', async () => {
    let answerOld: (settings: Settings) => void = () => undefined;
    const answers = [
      new Promise<Settings>((resolve) => (answerOld = resolve)),
      Promise.resolve(withNames('new')),
    ];
    let fireChange: () => void = () => undefined;
    const source = createSettingsSource(
      () => answers.shift()!,
      (callback) => {
        fireChange = callback;
        return () => undefined;
      },
    );
    const old = source.get();
    fireChange();
    await vi.waitFor(() => expect(source.current()?.names.me).toBe('new'));
    answerOld(withNames('old'));
    await old;
    expect(source.current()?.names.me).toBe('new');
  });
});

describe('createSettingsSource() with its defaults', () => {
  test('reads the copy the worker published, without a message that would wake the worker', async () => {
    const published = withNames('From the worker');
    await publishValidatedSettings(published);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const source = createSettingsSource();
    expect(await source.get()).toEqual(published);
    expect(sent).not.toHaveBeenCalled();
  });

  test('asks the worker when there is no copy yet, and follows what it publishes next', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(withNames('Asked'));
    const source = createSettingsSource();
    expect((await source.get()).names.me).toBe('Asked');
    expect(sent).toHaveBeenCalledWith({ type: 'settings/get' });

    const seen: string[] = [];
    source.subscribe((settings) => seen.push(settings.names.me));
    await publishValidatedSettings(withNames('Published'));
    await vi.waitFor(() => expect(seen).toEqual(['Published']));
    expect(sent).toHaveBeenCalledTimes(1);
  });
});
