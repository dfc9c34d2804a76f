/** Where an unsaved note waits while the popup is closed. */
export interface DraftStore {
  load(): string;
  save(text: string): void;
  clear(): void;
}

/**
 * A draft kept in the page's Web Storage. It is synchronous, so the draft is
 * written before the popup can close and is there on the very first render.
 */
export function createWebStorageDraftStore(webStorage: Storage, key: string): DraftStore {
  return {
    load: () => {
      try {
        return webStorage.getItem(key) ?? '';
      } catch {
        return '';
      }
    },
    save: (text) => {
      try {
        if (text === '') webStorage.removeItem(key);
        else webStorage.setItem(key, text);
      } catch {
        // Storage full or disabled: the text stays in the open field, and
        // failing here must not stop the user from typing.
      }
    },
    clear: () => {
      try {
        webStorage.removeItem(key);
      } catch {
        // Nothing to do: a draft that can't be removed is harmless.
      }
    },
  };
}

/**
 * One draft per note being edited in place (issue 16, defect 7), so closing
 * the popup mid-edit loses nothing, and each note gets its own edit back.
 */
export function createEditDraftStores(webStorage: Storage): (noteId: string) => DraftStore {
  return (noteId) => createWebStorageDraftStore(webStorage, `hearth:draft:edit:${noteId}`);
}
