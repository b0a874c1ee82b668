import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isInput } from '../engine/locate';
import { createPasswordChecker, type PasswordChecker } from '../password/checker';
import type { PasswordReport, RuleState } from '../password/rules';
import { REFINED_MAX_CODE_POINTS, STRENGTH_MAX_CODE_POINTS, type StrengthEstimate, type StrengthEstimator } from '../password/strength/estimator';
import { loadStrengthEstimator } from '../password/strength/load';
import { t } from '../shared/i18n';
import type { MessageKey } from '../shared/message-keys';

/**
 * The live GAIA password checker. Privacy by construction: the password is read from the field on each
 * input event, checked in memory by this panel's checker, and dropped; the checker forgets the last
 * password it looked at when the panel goes (password/checker.ts). What reaches the DOM is verdicts, counts and catalogue
 * texts; never the password, a piece of it, or anything derived from its characters (see rules.ts).
 */

/** The icon beside each verdict; the verdict is also said in words, never by colour alone. */
const ICONS: Record<RuleState, string> = { pass: '✓', fail: '✗', warn: '!', na: '–', unverifiable: 'i' };
const STATE_WORDS: Record<RuleState, MessageKey> = {
  pass: 'panel_state_pass',
  fail: 'panel_state_fail',
  warn: 'panel_state_warn',
  na: 'panel_state_na',
  unverifiable: 'panel_state_unverifiable',
};
const LEVEL_WORDS: readonly MessageKey[] = [
  'pw_strength_level_0',
  'pw_strength_level_1',
  'pw_strength_level_2',
  'pw_strength_level_3',
  'pw_strength_level_4',
];

/** Typing pause after which a password longer than the keystroke window is graded on its whole length. */
const REFINE_AFTER_MS = 150;

function valueOf(field: Element | undefined): string {
  return field && isInput(field) ? field.value : '';
}

interface Verdicts {
  readonly report: PasswordReport;
  readonly empty: boolean;
  /** null while the confirmation is empty. */
  readonly confirmationMatches: boolean | null;
}

function judge(field: Element, confirmation: Element | undefined, checker: PasswordChecker): Verdicts {
  const password = valueOf(field);
  const confirmationValue = valueOf(confirmation);
  return {
    report: checker.check(password),
    empty: password === '',
    confirmationMatches: confirmationValue === '' ? null : confirmationValue === password,
  };
}

/** The sentence for screen readers: it changes (and is announced) only when the count of rules met does. */
function summaryOf({ report, empty }: Verdicts): string {
  if (empty) return '';
  if (report.overall) return t('panel_summary_all');
  const checkable = report.results.filter(({ state }) => state !== 'unverifiable' && state !== 'na');
  const met = checkable.filter(({ state }) => state === 'pass').length;
  return t('panel_summary', [String(met), String(checkable.length)]);
}

export function PasswordPanel({ field, confirmation, names }: { field: Element; confirmation: Element | undefined; names: readonly string[] }) {
  const namesKey = names.join('\n');
  const checker = useMemo(() => createPasswordChecker(names), [namesKey]);
  const [verdicts, setVerdicts] = useState(() => judge(field, confirmation, checker));
  const [strength, setStrength] = useState<StrengthEstimate | undefined>(undefined);
  const estimator = useRef<StrengthEstimator | undefined>(undefined);

  useLayoutEffect(() => {
    const controller = new AbortController();
    let refine: ReturnType<typeof setTimeout> | undefined;
    const grade = (codePoints: number) => {
      const password = valueOf(field);
      setStrength(password === '' || !estimator.current ? undefined : checker.grade(estimator.current, password, codePoints));
    };
    const update = () => {
      setVerdicts(judge(field, confirmation, checker));
      clearTimeout(refine);
      const password = valueOf(field);
      if (password === '') return setStrength(undefined);
      if (!estimator.current) {
        // The estimator (~1 MB of dictionaries) is loaded the first time something is typed, and only here.
        void loadStrengthEstimator().then((loaded) => {
          estimator.current = loaded;
          if (!controller.signal.aborted) update();
        });
        return;
      }
      grade(STRENGTH_MAX_CODE_POINTS);
      if ([...password].length > STRENGTH_MAX_CODE_POINTS) refine = setTimeout(() => grade(REFINED_MAX_CODE_POINTS), REFINE_AFTER_MS);
    };
    for (const element of confirmation ? [field, confirmation] : [field]) {
      element.addEventListener('input', update, { signal: controller.signal });
      element.addEventListener('change', update, { signal: controller.signal });
    }
    update();
    return () => {
      controller.abort();
      clearTimeout(refine);
      checker.dispose();
    };
  }, [field, confirmation, checker]);

  const { report, empty, confirmationMatches } = verdicts;
  const level = strength?.level ?? 0;
  return (
    <div class={`password${empty ? ' idle' : ''}`} data-password-rules data-overall={String(report.overall)}>
      <p class="password-title">{t('panel_rules_title')}</p>
      <ul class="rules">
        {report.results.map(({ rule, state, detail }) => (
          <li key={rule} class={`rule rule-${state}`} data-rule={rule} data-state={state}>
            <span class="rule-icon" aria-hidden="true">
              {ICONS[state]}
            </span>
            <span class="rule-text">
              {t(detail.key, detail.substitutions)}
              <span class="visually-hidden"> ({t(STATE_WORDS[state])})</span>
            </span>
          </li>
        ))}
      </ul>
      <div class="strength" data-strength data-level={String(level)}>
        <div class="meter" aria-hidden="true">
          {[0, 1, 2, 3, 4].map((segment) => (
            <span key={segment} class={strength && segment <= level ? `on level-${level}` : ''} />
          ))}
        </div>
        <p class="strength-text">
          {strength ? `${t('panel_strength_label')} ${t(LEVEL_WORDS[level]!)}` : t('panel_strength_empty')}
          {strength?.tipKey && <span class="tip"> {t(strength.tipKey)}</span>}
        </p>
      </div>
      {confirmationMatches !== null && (
        <p class={`confirmation ${confirmationMatches ? 'same' : 'differs'}`} data-confirmation={confirmationMatches ? 'same' : 'differs'}>
          <span aria-hidden="true">{confirmationMatches ? '✓ ' : '✗ '}</span>
          {t(confirmationMatches ? 'panel_confirmation_matches' : 'panel_confirmation_differs')}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {summaryOf(verdicts)}
      </p>
    </div>
  );
}
