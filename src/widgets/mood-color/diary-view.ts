import {html, type LitElement, type TemplateResult} from 'lit';
import {matchLocale, msg, str} from '../../core/localize.js';
import {cachedIntl} from '../../core/intl.js';
import {renderConfirm} from '../../parts/confirm.js';
import type {MoodDiary} from '../../behaviors/diary-data.js';
import type {MoodColor} from './content.js';
import {ConfirmController} from '../../behaviors/confirm.js';
import {buttonStyles} from '../../core/button-styles.js';
import {panelStyles} from '../../core/panel-styles.js';
import {actionStyles} from '../../parts/action-styles.js';
import {confirmStyles} from '../../parts/confirm-styles.js';
import {addLateStyles} from '../../parts/late-styles.js';
import {diaryStyles} from './diary-styles.js';

/** The key of "every day" (for the question and the status line). */
const ALL = '*';

/**
 * What the strip shows: the diary, the palette, the days shown (`oldest` to
 * `today`), and the widget's title level and language. (The dates come from
 * the widget: a module shared with its file would make that file export it,
 * with a module-namespace helper, on its first paint.)
 */
export interface StripView {
  diary: MoodDiary;
  colors: MoodColor[];
  today: string;
  oldest: string;
  level: number;
  /** The widget's language, and the page's own tag (such as `en-GB`) for the order of dates. */
  locale: string;
  tag: string;
}

/** "Your colours are kept only in this browser": the privacy line with `persist`. */
export const keptText = () => msg('Your colours are kept only in this browser, on this device. Nobody else sees them.');

/**
 * The colour diary's strip, made with `persist` only (this module is loaded
 * with the storage code, before the first render with `persist`, so nothing
 * jumps when it arrives; issue 18): the last 30 saved days, each with its
 * delete button, "Delete all days", the "are you sure?" box and the status
 * line that says what was deleted. It adds its styles (buttons, the
 * confirmation box, the days) to the widget, which carries none of them on
 * its first paint. `remove(key)` deletes one day, or every day (undefined),
 * in the widget.
 */
export class DiaryStrip {
  /** What the status line says: '', ALL (all deleted) or the date key just deleted. */
  private deleted = '';
  private readonly confirm: ConfirmController;

  constructor(
    host: LitElement,
    private readonly remove: (key?: string) => void
  ) {
    addLateStyles(host, [panelStyles, buttonStyles, actionStyles, confirmStyles, diaryStyles]);
    const diary = () => host.renderRoot.querySelector<HTMLElement>('#diary');
    this.confirm = new ConfirmController(host, {afterConfirm: diary, fallback: diary});
  }

  /** Everything stored was deleted by the page: no question stays open. */
  forget(): void {
    this.confirm.pending = undefined;
  }

  private ask(key: string, e: Event): void {
    this.deleted = '';
    this.confirm.ask(key, e.currentTarget as HTMLElement);
  }

  private destroy(): void {
    const key = this.confirm.confirm();
    if (!key) return;
    this.deleted = key;
    this.remove(key === ALL ? undefined : key);
  }

  render({diary, colors, today, oldest, level, locale, tag}: StripView): TemplateResult {
    const {deleted} = this;
    const pending = this.confirm.pending;
    const formatDate = (key: string, style: 'short' | 'long') => dateText(key, style, locale, tag);
    const days = Object.keys(diary)
      .filter((key) => key >= oldest && key <= today)
      .sort();
    return html`
      <div class="sub" id="diary" role="heading" aria-level=${Math.min(6, level + 1)} tabindex="-1">
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
                <button class="button secondary" type="button" @click=${(e: Event) => this.ask(key, e)}>
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
            <button class="button secondary" type="button" @click=${(e: Event) => this.ask(ALL, e)}>
              ${msg('Delete all days')}
            </button>
          </div>`
        : ''}
      ${pending
        ? renderConfirm({
            id: 'ask',
            question:
              pending === ALL
                ? msg('Delete every day in your colour diary? You cannot undo this.')
                : msg(str`Delete ${formatDate(pending, 'long')}? You cannot undo this.`),
            keep: msg('No, keep it'),
            destroy: msg('Yes, delete'),
            onKeep: () => this.confirm.cancel(),
            onDestroy: () => this.destroy(),
          })
        : ''}
      <p class="visually-hidden" role="status">
        ${deleted ? (deleted === ALL ? msg('All days are deleted.') : msg(str`${formatDate(deleted, 'long')} is deleted.`)) : ''}
      </p>
    `;
  }
}

/** A date key (YYYY-MM-DD) in the widget's language: `short` for the strip, `long` for buttons and messages. */
function dateText(key: string, style: 'short' | 'long', language: string, tag: string): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const options: Intl.DateTimeFormatOptions = {weekday: style, day: 'numeric', month: style};
  // The page's own tag (en-GB, fr-CA) gives the local date order, when it is the language shown.
  for (const locale of [matchLocale(tag) === language ? tag : language, language]) {
    try {
      return cachedIntl(Intl.DateTimeFormat, locale, options).format(new Date(y, m - 1, d));
    } catch {
      // A malformed page tag: try the widget's locale.
    }
  }
  return key;
}
