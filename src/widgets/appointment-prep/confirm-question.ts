/**
 * The sheet's two "are you sure?" questions (clear the sheet, or delete
 * everything stored), with the controller that moves the focus, their
 * styles, and what the status line says once one was answered. Loaded when a
 * delete button is first shown (see lazy.ts): the first paint has neither button.
 */
import {nothing, type LitElement, type TemplateResult} from 'lit';
import {msg} from '../../core/localize.js';
import {confirmStyles, renderConfirm} from '../../parts/confirm.js';
import {addLateStyles} from '../../parts/late-styles.js';
import {ConfirmController} from '../../behaviors/confirm.js';

type Which = 'all' | 'everything';

/** What the status line says after a question was answered (the rest of its keys are the form's, form.ts). */
export const doneText = (status: string): string =>
  status === 'cleared' ? msg('Your sheet is cleared.') : msg('Everything these tools saved in this browser is deleted.');

/**
 * The sheet's questions: made when the first one is asked (its styles are
 * added to the sheet then, before the render that shows it). After one is
 * answered, or on cancel, the focus goes to the first box of the form, or
 * back to the button that asked.
 */
export class SheetQuestions {
  readonly controller: ConfirmController<Which>;

  constructor(private readonly el: LitElement) {
    addLateStyles(el, [confirmStyles]);
    const first = () => el.renderRoot.querySelector<HTMLElement>('#who');
    this.controller = new ConfirmController<Which>(el, {afterConfirm: first, fallback: first});
  }

  /** Opens the question about `which`. */
  ask(which: Which): void {
    this.controller.ask(which, () => this.el.renderRoot.querySelector<HTMLElement>(which === 'all' ? '#clear' : '#forget'));
  }

  /** The open question, if any: `onDestroy` clears the sheet or deletes everything (the question is closed first). */
  render(onDestroy: (which: Which) => void): TemplateResult | typeof nothing {
    return deleteQuestion(this.controller.pending, () => this.controller.cancel(), (which) => {
      this.controller.confirm();
      onDestroy(which);
    });
  }
}

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
