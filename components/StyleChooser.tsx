import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/platform/i18n';
import type { Settings } from '../utils/settings';
import type { FieldIds } from './field-ids';
import { FieldError } from './WindowEditor';

type Style = Settings['style'];
export type PermissionStyle = 'card' | 'notification';
type StyleNote = { kind: 'asking'; style: PermissionStyle } | { kind: 'declined'; style: PermissionStyle; kept: Style };

const STYLES: readonly Style[] = ['card', 'window', 'notification'];

export interface StyleChooserProps {
  /** The style in the settings being edited. */
  style: Style;
  /** A style the user chose, and was allowed where it needs a permission. */
  onChoose: (style: Style) => void;
  /** Asks the browser for the style's permission; resolves to whether it was granted. */
  onStyleNeedsPermission: (style: PermissionStyle) => Promise<boolean>;
  /** 'missing' while the style is 'card' shows an inline warning with an Allow button. */
  cardPermission?: 'granted' | 'missing';
  ids: FieldIds;
  error?: string;
}

/**
 * How the nudge appears. A style that needs a permission shows why before
 * the browser asks, and what Hearth does instead if the answer is no.
 */
export function StyleChooser({ style, onChoose, onStyleNeedsPermission, cardPermission, ids, error }: StyleChooserProps) {
  const [note, setNote] = useState<StyleNote | null>(null);
  const [cardAllowed, setCardAllowed] = useState(false);
  const asking = useRef<PermissionStyle | null>(null);
  const current = useRef(style);
  current.current = style;

  // "Allowed" bridges the wait for the page's next answer; a new answer (a
  // later revoke in the browser's settings) replaces it.
  useEffect(() => setCardAllowed(false), [cardPermission]);

  const ask = (wanted: PermissionStyle) => onStyleNeedsPermission(wanted).catch(() => false);

  function choose(chosen: Style) {
    asking.current = chosen === 'window' ? null : chosen;
    if (chosen === 'window') {
      setNote(null);
      onChoose(chosen);
      return;
    }
    setNote({ kind: 'asking', style: chosen });
    // Asked inside the click itself: browsers grant permissions only during a user gesture.
    void ask(chosen).then((granted) => {
      // The user picked another style while the browser was asking; that choice stands.
      if (asking.current !== chosen) return;
      asking.current = null;
      if (!granted) return setNote({ kind: 'declined', style: chosen, kept: current.current });
      setNote(null);
      if (chosen === 'card') setCardAllowed(true);
      onChoose(chosen);
    });
  }

  async function allowCard() {
    if (await ask('card')) setCardAllowed(true);
    else setNote({ kind: 'declined', style: 'card', kept: 'window' });
  }

  const shown = note?.kind === 'asking' ? note.style : style;
  return (
    <fieldset class="choice-group" role="radiogroup" {...ids.described('style', error)}>
      <legend>{t('settingsStyleLegend')}</legend>
      {STYLES.map((each) => (
        <div key={each} class="choice">
          <input
            id={ids.field(`style-${each}`)}
            type="radio"
            name={ids.field('style')}
            value={each}
            checked={shown === each}
            aria-describedby={ids.hint(`style-${each}`)}
            onChange={() => choose(each)}
          />
          <label for={ids.field(`style-${each}`)}>{STYLE_LABEL[each]()}</label>
          <span id={ids.hint(`style-${each}`)} class="hint">
            {STYLE_HINT[each]()}
          </span>
        </div>
      ))}
      <div class="style-note" aria-live="polite">
        {note && <p>{note.style === 'card' ? t('settingsStyleCardReason') : t('settingsStyleNotificationReason')}</p>}
        {note?.kind === 'declined' && <p class="style-fallback">{DECLINED[note.kept]()}</p>}
      </div>
      {style === 'card' && cardPermission === 'missing' && !cardAllowed && (
        <p class="field-warning">
          {t('settingsCardPermissionMissing')}{' '}
          <button type="button" class="button-secondary" onClick={() => void allowCard()}>
            {t('settingsCardPermissionAllow')}
          </button>
        </p>
      )}
      <FieldError id={ids.error('style')} message={error} />
    </fieldset>
  );
}

// Functions, so each label is looked up at render time in the browser's language.
const STYLE_LABEL: Record<Style, () => string> = {
  card: () => t('settingsStyleCard'),
  window: () => t('settingsStyleWindow'),
  notification: () => t('settingsStyleNotification'),
};

const STYLE_HINT: Record<Style, () => string> = {
  card: () => t('settingsStyleCardHint'),
  window: () => t('settingsStyleWindowHint'),
  notification: () => t('settingsStyleNotificationHint'),
};

const DECLINED: Record<Style, () => string> = {
  card: () => t('settingsStyleDeclinedCard'),
  window: () => t('settingsStyleDeclinedWindow'),
  notification: () => t('settingsStyleDeclinedNotification'),
};
