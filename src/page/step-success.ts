import { isEmptyField, locate } from '../engine/locate';
import type { StepSuccess } from '../rules/types';
import { sendMessage } from '../shared/runtime-messages';

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
    (event) => {
      // A submit event a page script dispatched is no submission (no form was sent).
      if (!event.isTrusted) return;
      const fields = when.submittedWith.map((locator) => locate(document, locator));
      const filled = fields.every((field) => field !== undefined && !isEmptyField(field));
      // Compared here and forgotten at once: only the step id ever leaves the page.
      const values = new Set(fields.map((field) => (field as HTMLInputElement | undefined)?.value));
      if (filled && (!when.matching || values.size === 1)) report(success);
    },
    { capture: true, passive: true, signal },
  );
}
