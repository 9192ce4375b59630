/**
 * The journal's "Delete everything you wrote here?" box: its focus rules,
 * its template and its styles. Nothing of it is on the first screen, so it is
 * loaded with `import()` (load-delete.ts) when the page is idle after the
 * first paint of a journal with `writing`, or at the first press of "Delete
 * my writing". It imports nothing from the widget's own chunk.
 */
import type {LitElement, TemplateResult} from 'lit';
import {ConfirmController} from '../../behaviors/confirm.js';
import {msg} from '../../core/localize.js';
import {confirmStyles, renderConfirm} from '../../parts/confirm.js';
import {addLateStyles} from '../../parts/late-styles.js';

/** The question, in the widget's language (call it while the widget renders). */
export function renderDeleteConfirm(onKeep: () => void, onDestroy: () => void): TemplateResult {
  return renderConfirm({
    id: 'confirm-question',
    question: msg('Delete everything you wrote here? You cannot undo this.'),
    keep: msg('No, keep it'),
    destroy: msg('Yes, delete it'),
    onKeep,
    onDestroy,
  });
}

/** The controller of the question; it also adds the box's styles to the widget. */
export function deleteConfirm(
  el: LitElement & {renderRoot: HTMLElement | DocumentFragment},
  options: ConstructorParameters<typeof ConfirmController>[1]
): ConfirmController<'all'> {
  addLateStyles(el, [confirmStyles]);
  return new ConfirmController<'all'>(el, options);
}
