import { useState } from 'preact/hooks';
import { t } from '../utils/platform/i18n';

/** What can be done with the letter of the week; the popup does the clipboard, printing and files. */
export interface LetterActionHandlers {
  /** Resolves false when the clipboard refused the text. */
  copy: () => Promise<boolean>;
  print: () => void;
  download: (format: 'markdown' | 'text') => void;
}

type CopyStatus = 'idle' | 'copying' | 'copied' | 'failed';

/** Copy, print or download the letter, saying plainly whether the copy worked. */
export function LetterActions({ copy, print, download }: LetterActionHandlers) {
  const [status, setStatus] = useState<CopyStatus>('idle');

  async function copyLetter() {
    setStatus('copying');
    let copied = false;
    try {
      copied = await copy();
    } catch {
      // A clipboard that throws is a refusal like any other.
    }
    setStatus(copied ? 'copied' : 'failed');
  }

  return (
    <div class="letter-actions">
      <div class="letter-buttons" role="group" aria-label={t('letterActionsLabel')}>
        <button type="button" class="button-secondary" disabled={status === 'copying'} onClick={() => void copyLetter()}>
          {t('letterCopy')}
        </button>
        <button type="button" class="button-secondary" onClick={print}>
          {t('letterPrint')}
        </button>
        <button type="button" class="button-secondary" onClick={() => download('markdown')}>
          {t('letterDownloadMarkdown')}
        </button>
        <button type="button" class="button-secondary" onClick={() => download('text')}>
          {t('letterDownloadText')}
        </button>
      </div>
      <p class={status === 'failed' ? 'status status-error' : 'status'} role="status">
        {status === 'copied' ? t('letterCopied') : status === 'failed' ? t('letterCopyFailed') : ''}
      </p>
    </div>
  );
}
