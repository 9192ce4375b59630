import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {buttonStyles} from '../../core/button-styles.js';
import {panelStyles} from '../../core/panel-styles.js';
import {parseEnum, parseNumber} from '../../core/attributes.js';
import {renderHeading} from '../../parts/heading.js';
import {msg, str} from '../../core/localize.js';
import {TicksController} from '../../behaviors/ticks.js';
import {renderTick, renderTickFooter, tickStyles} from '../../parts/ticks.js';
import {steps, type Step} from './content.js';
import {sameSize} from '../../parts/same-size.js';
import {translations} from '../../generated/translations/coping-steps.js';
import {copingStepsStyles} from './coping-steps.styles.js';
import {cachedIntl} from '../../core/intl.js';
import {stackStyles} from '../../parts/stack.js';

export type StepsMode = 'guide' | 'all';
const MODES: readonly StepsMode[] = ['guide', 'all'];

/**
 * The article's eight steps for coping with emotional numbness, as a guide:
 * one step at a time with Back and Next, or all at once. The reader can tick
 * each step they tried.
 *
 * @tagname ms-coping-steps
 * @summary The eight coping steps, one at a time or all together, with "I tried this step" ticks.
 *
 * @attr mode - `guide` (default): one step at a time; `all`: every step. The reader can switch.
 * @attr step - The step the guide shows, 1 to 8 (default 1). Changes as the reader moves.
 * @attr persist - Keep the reader's ticks in this browser. Without it nothing is stored.
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2). Step titles are one level below.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @fires ms-step-change - The reader moved to another step, or ticked or unticked one.
 *   `detail: {step, tried}`: the step (1 to 8) and whether it is ticked.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title, and each step's title.
 * @csspart intro - The line under the title.
 * @csspart toolbar - The "Show all steps" button and the count of tried steps.
 * @csspart step - One step.
 * @csspart progress - "Step 3 of 8".
 * @csspart caution - The medicine safety line in step 2.
 * @csspart tick - An "I tried this step" checkbox and its label.
 * @csspart nav - The Back and Next buttons.
 * @csspart footer - The privacy line (and the clear button).
 * @csspart privacy - The privacy line.
 * @csspart clear-button - "Clear my ticks" (only with `persist`).
 *
 * @cssprop --ms-accent - Brand colour.
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of a step.
 * @cssprop --ms-border - Borders.
 * @cssprop --ms-radius - Corner radius.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsCopingSteps extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    panelStyles,
    buttonStyles,
    tickStyles,
    stackStyles,
    copingStepsStyles,
  ];

  /** `guide` shows one step at a time; `all` shows every step. */
  @property({reflect: true}) mode: StepsMode = 'guide';

  /** The step the guide shows (1 to 8). */
  @property({type: Number, reflect: true}) step = 1;

  /** Keep the reader's ticks in this browser. */
  @property({type: Boolean, reflect: true}) persist = false;

  private readonly ticks = new TicksController(this, {name: () => 'coping-steps', persist: () => this.persist});
  private moved = false;

  private get current(): number {
    return parseNumber(this, 'step', this.step, {min: 1, max: 8, fallback: 1, integer: true});
  }

  private get showAll(): boolean {
    return parseEnum(this, 'mode', this.mode, MODES, 'guide') === 'all';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.moved) {
      this.moved = false;
      const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading');
      if (heading) {
        heading.tabIndex = -1;
        // The page does not scroll: Back and Next stay under the pointer.
        heading.focus({preventScroll: true});
      }
    }
  }

  /** Shows step `n` (1 to 8) in the guide and moves the focus to its title. */
  goTo(n: number): void {
    this.step = Math.min(8, Math.max(1, Math.round(n) || 1));
    this.moved = true;
    this.notify(this.step);
  }

  /** Clears the reader's ticks, also from storage. */
  clear(): void {
    this.ticks.clear();
  }

  private notify(step: number): void {
    this.dispatchEvent(
      new CustomEvent('ms-step-change', {
        detail: {step, tried: this.ticks.has(String(step))},
        bubbles: true,
        composed: true,
      })
    );
  }

  /** A number in the widget's language (its digits). */
  private digits(n: number): string {
    return cachedIntl(Intl.NumberFormat, this.locale).format(n);
  }

  private renderStep(step: Step, n: number, live: boolean) {
    return html`
      <p class="progress" part="progress" role=${live ? 'status' : nothing}>${msg(str`Step ${this.digits(n)} of ${this.digits(8)}`)}</p>
      ${renderHeading(Math.min(6, this.level + 1), step.title, live ? 'step-heading' : `step-${n}`)}
      <p>${step.intro}</p>
      ${step.groups.map(
        (group) => html`
          <p class="label">${group.label}</p>
          <ul>
            ${group.items.map((item) => html`<li>${group.quotes ? html`<q>${item}</q>` : item}</li>`)}
          </ul>
        `
      )}
      ${step.caution ? html`<p class="caution" part="caution">${step.caution}</p>` : nothing}
      ${step.note ? html`<p>${step.note}</p>` : nothing}
      ${renderTick(this.ticks.has(String(n)), msg('I tried this step'), step.title, (on) => {
        this.ticks.set(String(n), on);
        this.notify(n);
      })}
    `;
  }

  protected override renderContent() {
    const all = steps();
    const n = this.current;
    const showAll = this.showAll;
    const one = msg('Show one step at a time');
    const every = msg('Show all steps');
    return html`
      ${this.renderTitle(msg('Eight steps to help with numbness'))}
      <p part="intro">${msg('These steps can help when you feel numb. Go at your own pace. Tick the ones you tried.')}</p>
      <div class="toolbar" part="toolbar">
        <button type="button" class="button secondary" @click=${() => (this.mode = showAll ? 'guide' : 'all')}>
          ${showAll ? sameSize(one, every) : sameSize(every, one)}
        </button>
        <p>${msg(str`Steps tried: ${this.digits(this.ticks.size)} of ${this.digits(8)}`)}</p>
      </div>
      ${showAll
        ? html`<ol class="steps" role="list">
            ${all.map((step, i) => html`<li class="step panel" part="step">${this.renderStep(step, i + 1, false)}</li>`)}
          </ol>`
        : html`
            <div class="stack">
              <section class="step panel" part="step" aria-labelledby="step-heading">
                ${this.renderStep(all[n - 1]!, n, true)}
              </section>
              ${all.map((step, i) =>
                i + 1 === n
                  ? nothing
                  : html`<div class="step panel sizer" aria-hidden="true" inert>${this.renderStep(step, i + 1, false)}</div>`
              )}
            </div>
            <div class="nav" part="nav">
              <button type="button" class="button secondary" ?disabled=${n === 1} @click=${() => this.goTo(n - 1)}>
                ${msg('Back')}
              </button>
              <button type="button" class="button" ?disabled=${n === 8} @click=${() => this.goTo(n + 1)}>
                ${msg('Next')}
              </button>
            </div>
          `}
      ${renderTickFooter(this.ticks, this.persist)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-coping-steps': MsCopingSteps;
  }
}
