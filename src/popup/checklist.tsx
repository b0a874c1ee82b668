import type { Profile } from '../checklist/profiles';
import { type Checklist as ChecklistState, isDone, progress, setByHand, stepsImplying } from '../checklist/state';
import { fitFor, type StepDefinition, STEPS } from '../checklist/steps';
import { pagesTicking } from '../checklist/ticking-pages';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings-schema';
import { readItem, writeItem } from '../shared/storage';
import { pageName } from './names';
import { ProfileQuestion } from './profile-question';
import { noticeSave } from './save-notice';

/** Says whether the tick was stored. */
async function tickByHand(step: StepDefinition['id'], done: boolean): Promise<boolean> {
  // Read afresh: the background may have ticked another step since the popup rendered.
  return noticeSave(await writeItem('checklist', setByHand(await readItem('checklist'), step, done, Date.now())));
}

/** Who ticked a done step when it was not the person; otherwise which pages tick it. */
function howItTicks(step: StepDefinition['id'], checklist: ChecklistState): string {
  const record = checklist[step];
  if (record?.done && record.by === 'page') return t('step_ticked_by_page');
  if (record?.done && record.by === 'implied') return t('step_ticked_implied');
  const pages = pagesTicking(step);
  if (pages.length > 0) return t('step_ticks_on', [pages.map(pageName).join(', ')]);
  // No page shows this step's success, but a later step's success proves it (README's table says the same).
  const later = stepsImplying(step);
  if (later.length > 0) return t('step_ticks_after', [later.map((id) => t(STEPS.find((other) => other.id === id)!.title)).join(', ')]);
  return t('step_ticks_by_hand');
}

function linkLabel(href: string): string {
  const { hostname, pathname } = new URL(href);
  return pathname === '/' ? hostname : `${hostname}${pathname}`;
}

function Step({
  step,
  index,
  checklist,
  profile,
  settings,
}: {
  step: StepDefinition;
  index: number;
  checklist: ChecklistState;
  profile: Profile | null;
  settings: Settings;
}) {
  const done = isDone(checklist, step.id);
  const fit = fitFor(step, profile);
  const inputId = `step-${step.id}`;
  // What a screen reader says with the checkbox: the tag and the note too, not only the title.
  const describedBy = [
    step.optional && `${inputId}-optional`,
    fit.applies !== 'yes' && `${inputId}-fit`,
    `${inputId}-todo`,
    fit.note && `${inputId}-note`,
  ]
    .filter(Boolean)
    .join(' ');
  const administrator = settings.unitAdministrator;
  return (
    <li class="step" data-step={step.id} data-done={String(done)} data-applies={fit.applies}>
      <div class="step-head">
        <input
          type="checkbox"
          id={inputId}
          checked={done}
          aria-describedby={describedBy}
          onChange={(event) => {
            const box = event.currentTarget;
            // A tick the browser did not store is undone on screen: the box shows what is stored.
            void tickByHand(step.id, box.checked).then((stored) => {
              if (!stored) box.checked = done;
            });
          }}
        />
        <label for={inputId}>
          <span class="step-number">{index + 1}.</span> {t(step.title)}
        </label>
        {step.optional && (
          <span class="tag" id={`${inputId}-optional`} data-optional>
            {t('step_optional')}
          </span>
        )}
        {fit.applies !== 'yes' && (
          <span class="tag" id={`${inputId}-fit`}>
            {t(fit.applies === 'no' ? 'step_applies_no' : 'step_applies_maybe')}
          </span>
        )}
      </div>
      <p class="step-todo" id={`${inputId}-todo`}>
        {t(step.todo)}
        {step.link && (
          <>
            {' '}
            <a href={step.link} target="_blank" rel="noreferrer">
              {linkLabel(step.link)}
            </a>
          </>
        )}
        {step.id === 'reseda' && administrator.email && (
          <>
            {' '}
            <a href={`mailto:${administrator.email}`}>{t('step_write_to', [administrator.name || administrator.email])}</a>
          </>
        )}
      </p>
      {fit.note && (
        <p class="step-note" id={`${inputId}-note`}>
          {t(fit.note)}
        </p>
      )}
      <p class="step-auto">{howItTicks(step.id, checklist)}</p>
    </li>
  );
}

/** The onboarding checklist: shown at the first opening, refined (never shortened) by the profile. */
export function Checklist({ checklist, profile, settings }: { checklist: ChecklistState; profile: Profile | null; settings: Settings }) {
  const { done, total } = progress(checklist, profile);
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('popup_checklist_title')}</h2>
      <ProfileQuestion profile={profile} />
      <p class="progress" data-progress={`${done}/${total}`} aria-live="polite">
        <progress max={total} value={done} aria-hidden="true" /> {t('popup_progress', [String(done), String(total)])}
      </p>
      <ol class="steps">
        {STEPS.map((step, index) => (
          <Step key={step.id} step={step} index={index} checklist={checklist} profile={profile} settings={settings} />
        ))}
      </ol>
    </section>
  );
}
