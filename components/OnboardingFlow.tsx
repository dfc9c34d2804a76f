import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../utils/platform/i18n';
import { personalise } from '../utils/rituals/prompts';
import { validateSettings, type Settings, type SettingsError } from '../utils/settings';
import { NudgeCard } from './NudgeCard';
import { WindowEditor } from './WindowEditor';

export interface OnboardingFlowProps {
  settings: Settings;
  onSave: (next: Settings) => Promise<{ ok: true } | { ok: false; errors: SettingsError[] }>;
  locale: string;
  /** Asks for the style's permission; must run straight from the user's click. */
  onStyleNeedsPermission: (style: 'card' | 'notification') => Promise<boolean>;
  onFinish: () => void;
}

type Step = 'welcome' | 'hour' | 'style' | 'try';
const STEPS: readonly Step[] = ['welcome', 'hour', 'style', 'try'];
const STYLE_LABELS: Record<Settings['style'], [MessageKey, MessageKey]> = {
  card: ['onboardingStyleCard', 'onboardingStyleCardHint'],
  window: ['onboardingStyleWindow', 'onboardingStyleWindowHint'],
  notification: ['onboardingStyleNotification', 'onboardingStyleNotificationHint'],
};

/**
 * First run: what Hearth is, agreeing on the hour, choosing the nudge, and
 * seeing one. Every valid change is saved as it happens, so closing the tab
 * at any step leaves working settings (the defaults, or what was agreed).
 */
export function OnboardingFlow({ settings, onSave, locale, onStyleNeedsPermission, onFinish }: OnboardingFlowProps) {
  const [step, setStep] = useState<Step>('welcome');
  const [draft, setDraft] = useState(settings);
  const [errors, setErrors] = useState<readonly SettingsError[]>([]);
  const [styleMessage, setStyleMessage] = useState('');
  const [previewing, setPreviewing] = useState(false);
  // The style the browser is being asked about, shown as chosen meanwhile.
  const [asking, setAsking] = useState<Settings['style'] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The latest draft, for answers that arrive after a re-render (the permission prompt).
  const draftRef = useRef(settings);
  // Counts style picks, so an answer about an earlier pick is ignored.
  const picks = useRef(0);
  const index = STEPS.indexOf(step);

  useEffect(() => heading.current?.focus(), [step]);

  function change(next: Settings) {
    draftRef.current = next;
    setDraft(next);
    const checked = validateSettings(next);
    setErrors(checked.ok ? [] : checked.errors);
    if (checked.ok) void onSave(checked.settings);
  }

  function chooseStyle(style: Settings['style']) {
    const pick = ++picks.current;
    if (style === 'window') {
      setAsking(null);
      setStyleMessage('');
      change({ ...draftRef.current, style });
      return;
    }
    setAsking(style);
    setStyleMessage(t(style === 'card' ? 'onboardingCardReason' : 'onboardingNotificationReason'));
    // Called synchronously from the click, so the browser shows its prompt.
    void onStyleNeedsPermission(style)
      .catch(() => false)
      .then((granted) => {
        // Firefox's prompt leaves the page usable: a style picked meanwhile stands.
        if (pick !== picks.current) return;
        setAsking(null);
        setStyleMessage(granted ? '' : t('onboardingStyleDeclined'));
        change({ ...draftRef.current, style: granted ? style : 'window' });
      });
  }

  return (
    <section class="options-section onboarding" aria-labelledby="onboarding-step-heading">
      <p class="quiet">{t('onboardingStepOf', [index + 1, STEPS.length])}</p>
      {step === 'welcome' && (
        <>
          <h2 id="onboarding-step-heading" ref={heading} tabIndex={-1}>
            {t('onboardingWelcomeHeading')}
          </h2>
          <p>{t('onboardingWelcome1')}</p>
          <p>{t('onboardingWelcome2')}</p>
          <p>{t('onboardingWelcome3')}</p>
        </>
      )}
      {step === 'hour' && (
        <>
          <h2 id="onboarding-step-heading" ref={heading} tabIndex={-1}>
            {t('onboardingHourHeading')}
          </h2>
          <p>{t('onboardingHourIntro')}</p>
          <div class="field-row">
            {(['me', 'partner'] as const).map((who) => (
              <div class="field" key={who}>
                <label for={`onboarding-name-${who}`}>{t(who === 'me' ? 'onboardingNameMe' : 'onboardingNamePartner')}</label>
                <input
                  id={`onboarding-name-${who}`}
                  type="text"
                  value={draft.names[who]}
                  autocomplete="off"
                  onInput={(event) => change({ ...draftRef.current, names: { ...draftRef.current.names, [who]: event.currentTarget.value } })}
                />
              </div>
            ))}
          </div>
          <WindowEditor windows={draft.windows} onChange={(windows) => change({ ...draftRef.current, windows })} errors={errors} locale={locale} />
        </>
      )}
      {step === 'style' && (
        <>
          <h2 id="onboarding-step-heading" ref={heading} tabIndex={-1}>
            {t('onboardingStyleHeading')}
          </h2>
          <fieldset class="choice-group">
            <legend class="visually-hidden">{t('onboardingStyleHeading')}</legend>
            {(Object.keys(STYLE_LABELS) as Array<Settings['style']>).map((style) => (
              <label class="choice" key={style}>
                <input type="radio" name="onboarding-style" checked={(asking ?? draft.style) === style} onChange={() => chooseStyle(style)} />
                <span>
                  <strong>{t(STYLE_LABELS[style][0])}</strong>
                  <br />
                  <span class="quiet">{t(STYLE_LABELS[style][1])}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <p role="status" class="status">
            {styleMessage}
          </p>
        </>
      )}
      {step === 'try' && (
        <>
          <h2 id="onboarding-step-heading" ref={heading} tabIndex={-1}>
            {t('onboardingTryHeading')}
          </h2>
          <p>{t('onboardingTryIntro')}</p>
          {previewing ? (
            <NudgeCard
              variant="window"
              prompt={personalise(draft.prompts[0] ?? '', draft.names)}
              names={draft.names}
              snoozeMinutes={draft.snoozeMinutes}
              theme={draft.theme}
              onAction={() => setPreviewing(false)}
              onWriteNote={async () => ({ ok: true })}
            />
          ) : (
            <button type="button" class="button-secondary" onClick={() => setPreviewing(true)}>
              {t('onboardingShowNudge')}
            </button>
          )}
        </>
      )}
      <div class="onboarding-nav">
        {index > 0 && (
          <button type="button" class="button-quiet" onClick={() => setStep(STEPS[index - 1]!)}>
            {t('onboardingBack')}
          </button>
        )}
        {index < STEPS.length - 1 ? (
          <button type="button" class="button-primary" disabled={errors.length > 0} onClick={() => setStep(STEPS[index + 1]!)}>
            {t('onboardingNext')}
          </button>
        ) : (
          <button type="button" class="button-primary" onClick={onFinish}>
            {t('onboardingDone')}
          </button>
        )}
      </div>
    </section>
  );
}
