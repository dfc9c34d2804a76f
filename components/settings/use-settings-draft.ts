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
  /** The settings last sent to storage, for previews while the draft is invalid. */
  lastSaved: Settings;
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
  const draftRef = useRef(settings);
  const lastSaved = useRef(settings);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saves = useRef(0);

  function change(patch: SettingsPatch, pace: ChangePace) {
    const next = { ...draftRef.current, ...(typeof patch === 'function' ? patch(draftRef.current) : patch) };
    draftRef.current = next;
    setDraft(next);
    setStatus('idle');
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
    lastSaved.current = valid;
    const result = await onSave(valid).catch(() => null);
    // Only the latest save speaks for the form.
    if (attempt !== saves.current) return;
    if (result === null) setStatus('failed');
    else if (result.ok) setStatus('saved');
    else setErrors(result.errors);
  }

  // Leaving a field, or the page, saves what was typed without waiting.
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const flush = () => {
    if (pending.current !== null) commitRef.current();
  };
  useEffect(() => flush, []);

  // Settings changed elsewhere (another window, sync) replace the draft; the echo of our own save does not.
  useEffect(() => {
    if (pending.current !== null || sameSettings(settings, lastSaved.current)) return;
    lastSaved.current = settings;
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
    lastSaved: lastSaved.current,
    change,
    changePrompts(text, prompts) {
      setPromptsText(text);
      change({ prompts }, 'typing');
    },
    flush,
  };
}
