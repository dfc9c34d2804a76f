import { useEffect, useRef, useState } from 'preact/hooks';
import { validateSettings, type Settings, type SettingsError } from '../../utils/settings';
import { sameSettings } from '../../utils/settings/form-values';
import type { ChangePace } from '../WindowEditor';

export type SettingsSaveResult = { ok: true } | { ok: false; errors: SettingsError[] };

/** New values for some settings, or a function of the latest draft that gives them. */
export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export interface SettingsDraft {
  /** The settings as the form shows them, valid or not. */
  draft: Settings;
  /** The prompts textarea as typed, blank lines and all. */
  promptsText: string;
  errors: readonly SettingsError[];
  status: 'idle' | 'saved' | 'failed';
  /** Whether storage refused (or failed to take) the draft as it is now. */
  refused: boolean;
  change: (patch: SettingsPatch, pace: ChangePace) => void;
  changePrompts: (text: string, prompts: string[]) => void;
  /** Saves a change still waiting for the typing pause, now. */
  flush: () => void;
}

// Long enough to finish a number or a time, short enough to feel instant.
const TYPING_PAUSE_MS = 400;

/**
 * The form's draft of the settings: each change is validated whole and saved
 * only if valid, so stored settings are never invalid or half-applied.
 * Typing saves after a pause; toggles and choices at once.
 */
export function useSettingsDraft(settings: Settings, onSave: (next: Settings) => Promise<SettingsSaveResult>): SettingsDraft {
  const [draft, setDraft] = useState(settings);
  const [promptsText, setPromptsText] = useState(() => settings.prompts.join('\n'));
  const [errors, setErrors] = useState<readonly SettingsError[]>([]);
  const [status, setStatus] = useState<SettingsDraft['status']>('idle');
  const [refused, setRefused] = useState(false);
  const draftRef = useRef(settings);
  const stored = useRef(settings);
  // Whether the draft holds a change storage hasn't accepted yet: invalid, refused, or on its way.
  const unsaved = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saves = useRef(0);

  function change(patch: SettingsPatch, pace: ChangePace) {
    const next = { ...draftRef.current, ...(typeof patch === 'function' ? patch(draftRef.current) : patch) };
    draftRef.current = next;
    setDraft(next);
    setStatus('idle');
    setRefused(false);
    unsaved.current = true;
    cancelPending();
    if (pace === 'now') commit();
    else pending.current = setTimeout(commit, TYPING_PAUSE_MS);
  }

  function cancelPending() {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
  }

  function commit() {
    cancelPending();
    const checked = validateSettings(draftRef.current);
    setErrors(checked.ok ? [] : checked.errors);
    if (checked.ok) void save(checked.settings);
  }

  async function save(valid: Settings) {
    const attempt = ++saves.current;
    const saving = draftRef.current;
    const result = await onSave(valid).catch(() => null);
    // Only the latest save speaks for the form.
    if (attempt !== saves.current) return;
    // Refused or failed: the draft stays on screen, unsaved, with the reason, until a change fits (#16).
    if (result === null || !result.ok) setRefused(draftRef.current === saving);
    if (result === null) setStatus('failed');
    else if (!result.ok) setErrors(result.errors);
    else {
      stored.current = valid;
      setStatus('saved');
      if (draftRef.current === saving) unsaved.current = false;
    }
  }

  // Leaving a field, or the page, saves what was typed without waiting.
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const flush = () => {
    if (pending.current !== null) commitRef.current();
  };
  useEffect(() => flush, []);

  // Settings changed elsewhere (another window, sync) replace the draft, unless it holds a change not
  // saved yet: the page reads storage again after any change (the worker's, Export's), and that must
  // never put old settings over what the user typed. The echo of our own save changes nothing.
  useEffect(() => {
    if (sameSettings(settings, stored.current)) return;
    stored.current = settings;
    if (pending.current !== null || unsaved.current) return;
    draftRef.current = settings;
    setDraft(settings);
    setPromptsText(settings.prompts.join('\n'));
    setErrors([]);
  }, [settings]);

  return {
    draft,
    promptsText,
    errors,
    status,
    refused,
    change,
    changePrompts(text, prompts) {
      setPromptsText(text);
      change({ prompts }, 'typing');
    },
    flush,
  };
}
