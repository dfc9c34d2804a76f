import { describe, expect, test } from 'vitest';
import { createWebStorageDraftStore } from '../../utils/notes/drafts';

function memoryStorage(failWrites = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
  };
}

describe('web storage draft store', () => {
  test('saves and loads a draft under its key', () => {
    const storage = memoryStorage();
    createWebStorageDraftStore(storage, 'a').save('half a thought');
    expect(createWebStorageDraftStore(storage, 'a').load()).toBe('half a thought');
    expect(createWebStorageDraftStore(storage, 'b').load()).toBe('');
  });

  test('clear() and saving an empty draft both remove it', () => {
    const storage = memoryStorage();
    const draft = createWebStorageDraftStore(storage, 'a');
    draft.save('x');
    draft.clear();
    expect(draft.load()).toBe('');
    draft.save('y');
    draft.save('');
    expect(storage.length).toBe(0);
  });

  test('a full storage does not throw into the typing user', () => {
    const draft = createWebStorageDraftStore(memoryStorage(true), 'a');
    expect(() => draft.save('text')).not.toThrow();
  });
});
