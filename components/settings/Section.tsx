import type { ComponentChildren } from 'preact';
import type { Settings } from '../../utils/settings';
import type { FieldIds } from '../field-ids';
import type { ChangePace } from '../WindowEditor';
import type { SettingsPatch } from './use-settings-draft';

/** What every section of the settings form is given by the form. */
export interface SectionProps {
  draft: Settings;
  /** Each field's message, by path ('names.me', 'snoozeMinutes'). */
  errorAt: ReadonlyMap<string, string>;
  ids: FieldIds;
  change: (patch: SettingsPatch, pace: ChangePace) => void;
}

/** One titled part of the settings form. */
export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="settings-section">
      <h2 class="settings-section-heading">{title}</h2>
      {children}
    </section>
  );
}

/** aria-invalid and aria-describedby for the field at `path`, with its hint if any. */
export function describe({ ids, errorAt }: Pick<SectionProps, 'ids' | 'errorAt'>, path: string, hint?: string) {
  return ids.described(path, errorAt.get(path), hint);
}
