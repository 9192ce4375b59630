/**
 * The sheet's two "are you sure?" questions (clear the sheet, or delete
 * everything stored), with the controller that moves the focus and their
 * styles. Loaded when a delete button is first shown (see lazy.ts): the
 * first paint has neither button.
 */
import {nothing, type LitElement, type TemplateResult} from 'lit';
import {msg} from '../../core/localize.js';
import {confirmStyles, renderConfirm} from '../../parts/confirm.js';
import {addLateStyles} from '../../parts/late-styles.js';

export {ConfirmController} from '../../behaviors/confirm.js';

/** Adds the questions' styles to the sheet (once), before the first render that shows one. */
export const adoptConfirmStyles = (el: LitElement): void => addLateStyles(el, [confirmStyles]);

/** The open delete question, if any: clear the sheet (`all`), or delete everything stored (`everything`). */
export function deleteQuestion(
  pending: 'all' | 'everything' | undefined,
  onKeep: () => void,
  onDestroy: (which: 'all' | 'everything') => void
): TemplateResult | typeof nothing {
  if (!pending) return nothing;
  const all = pending === 'all';
  return renderConfirm({
    id: all ? 'confirm-q' : 'forget-q',
    question: all
      ? msg('Clear everything on your sheet? You cannot undo this.')
      : msg(
          'Delete everything these tools saved in this browser? This includes your notes, your colour diary and your ticked signs. You cannot undo this.'
        ),
    keep: msg('No, keep it'),
    destroy: all ? msg('Yes, clear it') : msg('Yes, delete everything'),
    onKeep,
    onDestroy: () => onDestroy(pending),
  });
}
