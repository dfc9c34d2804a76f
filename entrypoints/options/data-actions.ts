import type { DataActions, ReadImportResult } from '../../components/DataPanel';
import { backupFileName, BACKUP_MAX_BYTES, createBackup, serializeBackup, type BackupFile } from '../../utils/backup/format';
import { recordBackup } from '../../utils/backup/reminder-store';
import { summariseImport } from '../../utils/backup/summary';
import { describeBackupError, validateBackup } from '../../utils/backup/validate';
import { deleteEverything, exportAll, importBackup, storedIds } from '../../utils/db/backup';
import type { HearthDatabase } from '../../utils/db/schema';
import { storageProblemMessage } from '../../utils/db/storage-errors';
import { downloadText } from '../../utils/backup/file-output';
import { t } from '../../utils/platform/i18n';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { restoreStoredSettings, snapshotStoredSettings } from '../../utils/settings/stored-snapshot';

type ImportApply = Extract<ReadImportResult, { ok: true }>['apply'];

/**
 * All or nothing (#16): the settings go first, since storage.sync may refuse
 * them (its quota), and then nothing else is written. The notes and evenings
 * follow in one transaction; if that fails, the settings are put back.
 */
async function applyImport(db: HearthDatabase, backup: BackupFile): Promise<Awaited<ReturnType<ImportApply>>> {
  try {
    const before = await snapshotStoredSettings();
    const saved = await saveSettings(backup.settings);
    if (!saved.ok) return { ok: false, message: t('dataImportNothing', saved.errors.map((e) => e.message).join(' ')) };
    try {
      return { ok: true, report: await importBackup(db, backup) };
    } catch (error) {
      const reason = t(storageProblemMessage(error));
      try {
        await restoreStoredSettings(before);
      } catch {
        return { ok: false, message: t('dataImportSettingsOnly', reason) };
      }
      return { ok: false, message: t('dataImportNothing', reason) };
    }
  } catch (error) {
    return { ok: false, message: t('dataImportNothing', t(storageProblemMessage(error))) };
  }
}

/** The options page's data actions: export, import (validated first, then all or nothing) and delete. */
export function createDataActions(db: HearthDatabase, timeZone: string, download: typeof downloadText = downloadText): DataActions {
  return {
    /**
     * Starts the download. It counts as a backup only once the user confirms
     * the file is saved (confirmSaved): a page can't see a Save As cancelled,
     * and the downloads permission that could would also read every download
     * the user makes (#16).
     */
    async exportBackup() {
      try {
        const now = Date.now();
        const [settings, contents] = await Promise.all([loadSettings(), exportAll(db)]);
        const fileName = backupFileName(now, timeZone);
        download(serializeBackup(createBackup({ settings, ...contents, exportedAt: now })), fileName, 'application/json');
        const confirmSaved = async () => {
          try {
            // Dated by the export: notes written since are not in the file.
            await recordBackup(now);
            return { ok: true as const };
          } catch (error) {
            return { ok: false as const, message: t(storageProblemMessage(error)) };
          }
        };
        return { ok: true, fileName, confirmSaved };
      } catch (error) {
        return { ok: false, message: t(storageProblemMessage(error)) };
      }
    },

    async readImport(file) {
      // Refuse an oversized file before reading it into memory.
      if (file.size > BACKUP_MAX_BYTES) return { ok: false, errors: [{ path: '', message: t('dataImportTooLarge') }] };
      const checked = validateBackup(await file.text());
      if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => ({ path: '', message: describeBackupError(e) })) };
      const { backup } = checked;
      const preview = summariseImport(backup, await storedIds(db));
      return {
        ok: true,
        preview,
        apply: () => applyImport(db, backup),
      };
    },

    async deleteEverything() {
      try {
        await deleteEverything(db);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: t(storageProblemMessage(error)) };
      }
    },
  };
}
