import {html, svg} from 'lit';
import {state} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {msg} from '../../core/localize.js';
import {brainRegions, causes, diagramText, neurotransmitters} from './content.js';
import {AREAS, brainBackdrop, diagramStyles} from './diagram.js';
import {translations} from '../../generated/translations/why-numbness.js';
import {whyNumbnessStyles} from './why-numbness.styles.js';

/**
 * Why MS can cause emotional numbness: the article's four causes as sections
 * a reader opens one at a time (native `<details>`, so keyboard and screen
 * readers work as everywhere else; opening one closes the others, and the
 * page scrolls so that the title just pressed stays where it was).
 *
 * The first cause has a simple drawing of the four brain areas the article
 * names. Each area has its own pattern, outline and number, is reachable with
 * the Tab key, and is linked to its line in the list next to it: focusing or
 * pointing at an area highlights its line, and pointing at a line highlights
 * the area. The second cause lists three brain chemicals and what each affects.
 *
 * @tagname ms-why-numbness
 * @summary The four causes of numbness in MS, with a brain-area drawing and brain chemicals.
 *
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart intro - The line before the causes.
 * @csspart cause - One cause (a `details` element).
 * @csspart summary - The clickable title of a cause.
 * @csspart panel - The text of an open cause.
 * @csspart diagram - The brain drawing with its list (a `figure`).
 * @csspart regions - The numbered list of brain areas.
 * @csspart chemicals - The list of brain chemicals (a `dl`).
 *
 * @cssprop --ms-accent - Brand colour (edges, highlight).
 * @cssprop --ms-focus - Focus ring and the highlight around a brain area.
 * @cssprop --ms-text - Text colour, also the drawing's lines (default: inherited).
 * @cssprop --ms-surface - Background of the drawing and of a highlighted line.
 * @cssprop --ms-surface-strong - Background of an open cause's title.
 * @cssprop --ms-border - Borders of the causes.
 * @cssprop --ms-radius - Corner radius.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsWhyNumbness extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    diagramStyles,
    whyNumbnessStyles,
  ];

  /** The brain area (0-3) highlighted by focus or pointer, if any. */
  @state() private active?: number;

  /** Highlights the area under focus or pointer; when the pointer leaves, the focused area (if any) stays highlighted. */
  private highlight(event: Event): void {
    const entering = event.type === 'focus' || event.type === 'mouseenter';
    const source = entering ? (event.currentTarget as Element) : this.shadowRoot!.activeElement;
    const index = source?.getAttribute('data-area');
    this.active = index ? Number(index) : undefined;
  }

  private renderDiagram() {
    const regions = brainRegions();
    const text = diagramText();
    const active = this.active;
    const highlight = (e: Event) => this.highlight(e);
    return html`
      <figure class="diagram" part="diagram">
        <div class="diagram-layout">
          <svg viewBox="0 0 320 240" role="group" aria-labelledby="diagram-title" aria-describedby="diagram-desc">
            <title id="diagram-title">${text.title}</title>
            <desc id="diagram-desc">${text.description}</desc>
            ${brainBackdrop}
            ${AREAS.map(
              (area, i) => svg`
                <g
                  class=${i === active ? 'area active' : 'area'}
                  id=${`area-${i + 1}`}
                  data-area=${i}
                  tabindex="0"
                  role="img"
                  aria-label=${regions[i]!.term}
                  aria-describedby=${`what-${i + 1}`}
                  @focus=${highlight}
                  @blur=${highlight}
                  @mouseenter=${highlight}
                  @mouseleave=${highlight}
                >
                  <path class="ring" d=${area.d}></path>
                  <path class="shape" d=${area.d} fill=${area.fill} stroke-dasharray=${area.dash ?? 'none'}></path>
                  ${area.leader ? svg`<path class="leader" d=${area.leader}></path>` : null}
                  <circle class="badge" cx=${area.badge[0]} cy=${area.badge[1]} r="16"></circle>
                  <text class="badge-text" x=${area.badge[0]} y=${area.badge[1]}>${i + 1}</text>
                </g>
              `
            )}
          </svg>
          <ol class="regions" part="regions">
            ${regions.map(
              (region, i) => html`
                <li
                  class=${i === active ? 'active' : ''}
                  data-area=${i}
                  @mouseenter=${highlight}
                  @mouseleave=${highlight}
                >
                  <span class="term">${region.term}</span>
                  <span id=${`what-${i + 1}`}>${region.description}</span>
                </li>
              `
            )}
          </ol>
        </div>
        <figcaption>${text.caption}</figcaption>
      </figure>
    `;
  }

  /**
   * Opening a cause closes the open one; when that one is above, the title
   * just pressed would jump up. The toggle is done here instead, and the page
   * scrolled by as much, so the title stays under the pointer.
   */
  private readonly keepInPlace = (event: MouseEvent): void => {
    const summary = event.currentTarget as HTMLElement;
    const details = summary.parentElement;
    if (!(details instanceof HTMLDetailsElement)) return;
    event.preventDefault();
    const before = summary.getBoundingClientRect().top;
    details.open = !details.open;
    const moved = summary.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) window.scrollBy({top: moved, behavior: 'instant'});
  };

  private renderCause(summary: string, body: unknown) {
    return html`
      <details name="cause" part="cause">
        <summary part="summary" @click=${this.keepInPlace}>${summary}</summary>
        <div class="panel-body" part="panel">${body}</div>
      </details>
    `;
  }

  protected override renderContent() {
    const c = causes();
    return html`
      ${this.renderTitle(msg('Why MS can cause emotional numbness'))}
      <p part="intro">${msg('There are four main reasons. Open one to read about it.')}</p>
      ${this.renderCause(
        c.inflammation.summary,
        html`<p>${c.inflammation.before}</p>
          ${this.renderDiagram()}
          <p>${c.inflammation.after}</p>`
      )}
      ${this.renderCause(
        c.chemicals.summary,
        html`<p>${c.chemicals.before}</p>
          <dl part="chemicals">
            ${neurotransmitters().map((n) => html`<dt>${n.term}</dt><dd>${n.description}</dd>`)}
          </dl>
          <p>${c.chemicals.after}</p>`
      )}
      ${this.renderCause(
        c.fatigue.summary,
        html`${c.fatigue.body.map((p) => html`<p>${p}</p>`)}
          <p class="emphasis">${c.fatigue.emphasis}</p>`
      )}
      ${this.renderCause(c.protection.summary, c.protection.body.map((p) => html`<p>${p}</p>`))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-why-numbness': MsWhyNumbness;
  }
}
