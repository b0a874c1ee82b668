import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

type Listener = (failed: boolean) => void;
const listeners = new Set<Listener>();

/**
 * Passes on whether one of the person's changes was stored (writeItem's answer), for the notice below;
 * returns it. A change the browser refused (its storage full) is shown as not made, and said so.
 */
export function noticeSave(stored: boolean): boolean {
  for (const listener of listeners) listener(!stored);
  return stored;
}

/** Says, until the next change is stored, that the last one was not. */
export function SaveNotice() {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    listeners.add(setFailed);
    return () => void listeners.delete(setFailed);
  }, []);
  return (
    <p class="save-notice" role="status" data-save-failed={failed ? 'true' : undefined}>
      {failed ? t('popup_not_saved') : ''}
    </p>
  );
}
