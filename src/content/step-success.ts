import { isEmptyField, locate } from '../engine/locate';
import type { StepSuccess } from '../rules/types';
import { sendMessage } from '../shared/messages';

function report(success: StepSuccess): void {
  sendMessage('stepSucceeded', { step: success.step }).catch(() => undefined);
}

/**
 * Tells the background when the page shows that a checklist step succeeded. A submission is only
 * watched (passive, capture phase): never delayed, changed or cancelled. Only the step id is sent.
 */
export function watchStepSuccess(success: StepSuccess, signal: AbortSignal): void {
  const { when } = success;
  if (when === 'visited') {
    report(success);
    return;
  }
  document.addEventListener(
    'submit',
    () => {
      const filled = when.submittedWith.every((locator) => {
        const field = locate(document, locator);
        return field !== undefined && !isEmptyField(field);
      });
      if (filled) report(success);
    },
    { capture: true, passive: true, signal },
  );
}
