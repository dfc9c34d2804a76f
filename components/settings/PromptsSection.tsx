import { t } from '../../utils/platform/i18n';
import type { SettingsError } from '../../utils/settings';
import type { FieldIds } from '../field-ids';
import { PromptsField } from '../PromptsField';
import { Section } from './Section';

export interface PromptsSectionProps {
  text: string;
  errors: readonly SettingsError[];
  ids: FieldIds;
  onInput: (text: string, prompts: string[]) => void;
}

/** The ritual prompts a nudge offers. */
export function PromptsSection({ text, errors, ids, onInput }: PromptsSectionProps) {
  return (
    <Section title={t('settingsSectionPrompts')}>
      <PromptsField text={text} errors={errors} ids={ids} onInput={onInput} />
    </Section>
  );
}
