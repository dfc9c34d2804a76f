import { useEffect } from 'preact/hooks';
import { NOTE_UNDO_MS } from '../utils/notes/tombstone';
import { t } from '../utils/platform/i18n';

export interface UndoBarProps {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  /** How long the undo stays offered; a new value starts a new timer. */
  timeoutMs?: number;
}

/** A quiet "Note deleted. Undo" bar that goes away by itself. */
export function UndoBar({ message, onUndo, onExpire, timeoutMs = NOTE_UNDO_MS }: UndoBarProps) {
  useEffect(() => {
    const timer = setTimeout(onExpire, timeoutMs);
    return () => clearTimeout(timer);
  }, [message, onExpire, timeoutMs]);

  return (
    <div class="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" class="button-quiet" onClick={onUndo}>
        {t('noteUndo')}
      </button>
    </div>
  );
}
