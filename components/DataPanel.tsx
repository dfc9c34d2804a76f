import { useRef, useState } from 'preact/hooks';
import { pluralKey, t, type MessageKey } from '../utils/platform/i18n';

export interface ImportPreview {
  notes: number;
  notesAlreadyHere: number;
  /** The file's notes that were deleted here: they stay deleted. */
  notesDeletedHere: number;
  evenings: number;
  eveningsAlreadyHere: number;
  settings: boolean;
  /** Notes on this device that the file records as deleted: import removes them. */
  notesRemovedHere: number;
}

export interface ImportReport {
  notesAdded: number;
  notesUpdated: number;
  notesRemoved: number;
  eveningsAdded: number;
}

export type ReadImportResult =
  | { ok: true; preview: ImportPreview; apply: () => Promise<{ ok: true; report: ImportReport } | { ok: false; message: string }> }
  | { ok: false; errors: Array<{ path: string; message: string }> };

export interface DataActions {
  /** Starts the download; `confirmSaved` records the backup once the user says the file is saved. */
  exportBackup: () => Promise<
    { ok: true; fileName: string; confirmSaved: () => Promise<{ ok: true } | { ok: false; message: string }> } | { ok: false; message: string }
  >;
  readImport: (file: File) => Promise<ReadImportResult>;
  deleteEverything: () => Promise<{ ok: true } | { ok: false; message: string }>;
}

export interface DataPanelProps {
  counts: { notes: number; evenings: number } | undefined;
  actions: DataActions;
  /** For the plural rules of "1 note", "2 notes". */
  locale: string;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'message'; text: string; error?: boolean }
  | { kind: 'invalid'; errors: Array<{ path: string; message: string }> }
  | { kind: 'preview'; preview: ImportPreview; apply: Extract<ReadImportResult, { ok: true }>['apply'] }
  | { kind: 'confirm-delete' }
  | { kind: 'confirm-saved'; fileName: string; confirm: () => Promise<{ ok: true } | { ok: false; message: string }> };

/** Export, import and delete: the user's data, in the user's hands. */
export function DataPanel({ counts, actions, locale }: DataPanelProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const count = (n: number, keys: { one: MessageKey; other: MessageKey }) => t(pluralKey(n, locale, keys), n);

  async function exportNow() {
    setStep({ kind: 'busy' });
    const result = await actions.exportBackup();
    setStep(
      result.ok
        ? { kind: 'confirm-saved', fileName: result.fileName, confirm: result.confirmSaved }
        : { kind: 'message', text: result.message, error: true },
    );
  }

  async function confirmSaved({ fileName, confirm }: Extract<Step, { kind: 'confirm-saved' }>) {
    setStep({ kind: 'busy' });
    const result = await confirm();
    setStep(result.ok ? { kind: 'message', text: t('dataExported', fileName) } : { kind: 'message', text: result.message, error: true });
  }

  async function read(file: File | undefined) {
    if (!file) return;
    setStep({ kind: 'busy' });
    const result = await actions.readImport(file);
    setStep(result.ok ? { kind: 'preview', preview: result.preview, apply: result.apply } : { kind: 'invalid', errors: result.errors });
    if (fileInput.current) fileInput.current.value = '';
  }

  async function apply(run: Extract<Step, { kind: 'preview' }>['apply']) {
    setStep({ kind: 'busy' });
    const result = await run();
    if (!result.ok) return setStep({ kind: 'message', text: result.message, error: true });
    const { notesAdded, notesUpdated, notesRemoved, eveningsAdded } = result.report;
    const imported = t('dataImported', [count(notesAdded, NEW_NOTES), notesUpdated, count(eveningsAdded, EVENINGS)]);
    setStep({ kind: 'message', text: notesRemoved > 0 ? `${imported} ${count(notesRemoved, REMOVED_NOTES)}` : imported });
  }

  async function deleteAll() {
    setStep({ kind: 'busy' });
    const result = await actions.deleteEverything();
    setStep(result.ok ? { kind: 'message', text: t('dataDeleted') } : { kind: 'message', text: result.message, error: true });
  }

  return (
    <section class="options-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="quiet">{t('dataLocalOnly')}</p>
      <div class="data-actions">
        <button type="button" class="button-primary" onClick={() => void exportNow()} disabled={step.kind === 'busy'}>
          {t('dataExport')}
        </button>
        <label class="button-secondary file-button">
          {t('dataImport')}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => void read(event.currentTarget.files?.[0])}
          />
        </label>
        <button type="button" class="button-danger" onClick={() => setStep({ kind: 'confirm-delete' })}>
          {t('dataDeleteEverything')}
        </button>
      </div>

      {step.kind === 'busy' && <p role="status">{t('dataWorking')}</p>}
      {step.kind === 'message' && (
        <p role={step.error ? 'alert' : 'status'} class={step.error ? 'status status-error' : 'status'}>
          {step.text}
        </p>
      )}
      {step.kind === 'invalid' && (
        <div role="alert" class="import-errors">
          <p>{t('dataImportInvalid')}</p>
          <ul>
            {step.errors.map((error, index) => (
              <li key={index}>{error.path ? `${error.path}: ${error.message}` : error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {step.kind === 'preview' && (
        <div class="import-preview" role="group" aria-labelledby="import-preview-text">
          <p id="import-preview-text">
            {t('dataImportPreview', [count(step.preview.notes, NOTES), step.preview.notesAlreadyHere, count(step.preview.evenings, EVENINGS)])}
            {step.preview.notesDeletedHere > 0 ? ` ${count(step.preview.notesDeletedHere, STAYS_DELETED)}` : ''}
            {step.preview.notesRemovedHere > 0 ? ` ${count(step.preview.notesRemovedHere, REMOVES_NOTES)}` : ''}
            {step.preview.settings ? ` ${t('dataImportPreviewSettings')}` : ''}
          </p>
          <button type="button" class="button-primary" onClick={() => void apply(step.apply)}>
            {t('dataImportApply')}
          </button>
          <button type="button" class="button-quiet" onClick={() => setStep({ kind: 'idle' })}>
            {t('dataCancel')}
          </button>
        </div>
      )}
      {step.kind === 'confirm-saved' && (
        <div class="confirm-saved" role="group" aria-labelledby="confirm-saved-text">
          <p id="confirm-saved-text">{t('dataExportConfirm', step.fileName)}</p>
          <button type="button" class="button-primary" onClick={() => void confirmSaved(step)}>
            {t('dataExportSaved')}
          </button>
          <button type="button" class="button-quiet" onClick={() => setStep({ kind: 'idle' })}>
            {t('dataExportNotSaved')}
          </button>
        </div>
      )}
      {step.kind === 'confirm-delete' && (
        <div class="confirm-delete" role="group" aria-labelledby="confirm-delete-text">
          <p id="confirm-delete-text">{t('dataDeleteConfirm', [count(counts?.notes ?? 0, NOTES), count(counts?.evenings ?? 0, EVENING_RECORDS)])}</p>
          <button type="button" class="button-danger" onClick={() => void deleteAll()}>
            {t('dataDeleteConfirmButton')}
          </button>
          <button type="button" class="button-quiet" onClick={() => setStep({ kind: 'idle' })}>
            {t('dataCancel')}
          </button>
        </div>
      )}
    </section>
  );
}

// Counted phrases, so one note is never "1 notes".
const NOTES = { one: 'dataNotesOne', other: 'dataNotesOther' } as const;
const NEW_NOTES = { one: 'dataNewNotesOne', other: 'dataNewNotesOther' } as const;
const EVENINGS = { one: 'dataEveningsOne', other: 'dataEveningsOther' } as const;
const STAYS_DELETED = { one: 'dataImportStaysDeletedOne', other: 'dataImportStaysDeletedOther' } as const;
const REMOVES_NOTES = { one: 'dataImportRemovesOne', other: 'dataImportRemovesOther' } as const;
const REMOVED_NOTES = { one: 'dataImportRemovedOne', other: 'dataImportRemovedOther' } as const;
const EVENING_RECORDS = { one: 'dataEveningRecordsOne', other: 'dataEveningRecordsOther' } as const;
