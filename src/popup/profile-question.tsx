import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type Profile, PROFILES } from '../checklist/profiles';
import { t } from '../shared/i18n';
import { noticeSave } from './save-notice';
import type { MessageKey } from '../shared/message-keys';
import { writeItem } from '../shared/storage';

const PROFILE_LABELS: Readonly<Record<Profile, MessageKey>> = {
  agent: 'profile_agent',
  unitMember: 'profile_unit_member',
  external: 'profile_external',
};

/**
 * Asked once, and changeable: open while unanswered, otherwise a one-line summary with a "Change"
 * button. Once open it stays open while the popup is, so that moving through the options with the arrow
 * keys (which chooses each in turn) never makes the question vanish under the keyboard's focus.
 */
export function ProfileQuestion({ profile }: { profile: Profile | null }) {
  const [open, setOpen] = useState(profile === null);
  const [focusChoice, setFocusChoice] = useState(false);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  useLayoutEffect(() => {
    if (!open || !focusChoice) return;
    const choices = fieldset.current;
    (choices?.querySelector<HTMLInputElement>('input:checked') ?? choices?.querySelector<HTMLInputElement>('input'))?.focus();
    setFocusChoice(false);
  }, [open, focusChoice]);
  if (profile && !open) {
    return (
      <p class="profile-summary" data-profile={profile}>
        {t('profile_you_are', [t(PROFILE_LABELS[profile])])}{' '}
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setOpen(true);
            setFocusChoice(true);
          }}
        >
          {t('profile_change')}
        </button>
      </p>
    );
  }
  return (
    <fieldset class="profile-question" data-profile-question ref={fieldset}>
      <legend>{t('profile_question')}</legend>
      {PROFILES.map((option) => (
        <label key={option} class="choice">
          <input
            type="radio"
            name="profile"
            value={option}
            checked={profile === option}
            onChange={() => void writeItem('profile', option).then(noticeSave)}
          />
          {t(PROFILE_LABELS[option])}
        </label>
      ))}
    </fieldset>
  );
}
