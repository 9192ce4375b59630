import {html, type LitElement, type TemplateResult} from 'lit';
import {msg, str} from '../../core/localize.js';
import {renderConfirm} from '../../parts/confirm.js';
import type {MoodDiary} from '../../behaviors/diary-data.js';
import type {moodColors} from './content.js';
import {ConfirmController} from '../../behaviors/confirm.js';
import {buttonStyles} from '../../core/button-styles.js';
import {actionStyles} from '../../parts/action-styles.js';
import {confirmStyles} from '../../parts/confirm-styles.js';
import {addLateStyles} from '../../parts/late-styles.js';
import {diaryStyles} from './diary-styles.js';

/**
 * The strip's "are you sure?" controller; it also adds the strip's styles
 * (buttons, the confirmation box, the days) to the widget, which carries
 * none of them on its first paint.
 */
export function diaryConfirm(
  el: LitElement & {renderRoot: HTMLElement | DocumentFragment},
  options: ConstructorParameters<typeof ConfirmController>[1]
): ConfirmController {
  addLateStyles(el, [buttonStyles, actionStyles, confirmStyles, diaryStyles]);
  return new ConfirmController(el, options);
}

/**
 * The colour diary's strip: the last 30 saved days, each with its delete
 * button, "Delete all days" and the "are you sure?" box. Shown only with
 * `persist`, so it is loaded with the storage code then (issue 18), before
 * the first render with `persist` (no jump when it arrives).
 */
export interface DiaryView {
  diary: MoodDiary;
  colors: ReturnType<typeof moodColors>;
  today: string;
  /** The first day in the strip (the strip shows `oldest` to `today`). */
  oldest: string;
  /** The key of "every day". */
  all: string;
  level: number;
  /** The date (or `all`) waiting for "are you sure?". */
  pending?: string;
  formatDate: (key: string, style: 'short' | 'long') => string;
  ask: (key: string, e: Event) => void;
  keep: () => void;
  destroy: () => void;
}

export function renderDiary(v: DiaryView): TemplateResult {
  const {diary, colors, today, oldest, all, pending, formatDate} = v;
  const days = Object.keys(diary)
    .filter((key) => key >= oldest && key <= today)
    .sort();
  return html`
    <div class="sub" id="diary" role="heading" aria-level=${Math.min(6, v.level + 1)} tabindex="-1">
      ${msg('Your last 30 days')}
    </div>
    ${days.length
      ? html`<ol class="grid" part="diary">
          ${days.map((key) => {
            const {c, w} = diary[key]!;
            const color = colors.find((x) => x.id === c);
            return html`<li class="day" part="day">
              <span class="swatch ${color ? '' : 'empty'}" part="swatch" .style=${color ? `--c:${color.hex}` : ''}></span>
              <span>
                <span class="date">${formatDate(key, 'short')}</span>
                ${color?.name ?? msg('No colour')}${w ? html` <q>${w}</q>` : ''}
              </span>
              <button class="button secondary" type="button" @click=${(e: Event) => v.ask(key, e)}>
                <span aria-hidden="true">${msg('Delete')}</span>
                <span class="visually-hidden">${msg(str`Delete ${formatDate(key, 'long')}`)}</span>
              </button>
            </li>`;
          })}
        </ol>`
      : html`<p>${msg('No days saved yet. Pick a colour to start.')}</p>`}
    <p>${msg('Older days are kept for up to a year, for your appointment notes. “Delete all days” deletes them too.')}</p>
    ${Object.keys(diary).length
      ? html`<div class="actions">
          <button class="button secondary" type="button" @click=${(e: Event) => v.ask(all, e)}>
            ${msg('Delete all days')}
          </button>
        </div>`
      : ''}
    ${pending
      ? renderConfirm({
          id: 'ask',
          question:
            pending === all
              ? msg('Delete every day in your colour diary? You cannot undo this.')
              : msg(str`Delete ${formatDate(pending, 'long')}? You cannot undo this.`),
          keep: msg('No, keep it'),
          destroy: msg('Yes, delete'),
          onKeep: v.keep,
          onDestroy: v.destroy,
        })
      : ''}
  `;
}
