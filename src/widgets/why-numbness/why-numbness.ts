import {html} from 'lit';
import {state} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {msg} from '../../core/localize.js';
import {causeTitles} from './titles.js';
import type * as Panels from './panels.js';
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
 * Every cause starts closed, so the first paint carries only their titles; the
 * text inside them (panels.ts) is loaded right after it (issue 18), and
 * `updateComplete` waits for it. Until it is there an open cause says it is
 * loading; if it cannot be loaded (offline), it says so.
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
    whyNumbnessStyles,
  ];

  /** The text inside the causes, once loaded; false after a failed load (it is tried again when a cause is toggled). */
  @state() private panels?: typeof Panels | false;

  private panelsLoading?: Promise<void>;

  /** Fetches the text inside the causes (a seam for tests of a failed load). */
  protected importPanels = (): Promise<typeof Panels> => import('./panels.js');

  /** Loads the text inside the causes (once; again after a failure). Also the causes' toggle handler. */
  private loadPanels(): Promise<void> {
    return (this.panelsLoading ??= this.importPanels().then(
      (panels) => {
        panels.adoptPanelStyles(this);
        this.panels = panels;
      },
      () => {
        this.panelsLoading = undefined;
        this.panels = false;
      }
    ));
  }

  protected override firstUpdated(): void {
    // Right after the first paint, not before it: the causes start closed.
    requestAnimationFrame(() => setTimeout(() => void this.loadPanels()));
  }

  /** Resolves after the text inside the causes is loaded (or failed), any translation load and the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.loadPanels();
    return super.getUpdateComplete();
  }

  /**
   * Opening a cause closes the open one; when that one is above, the title
   * just pressed would jump up. The toggle is done here instead, and the page
   * scrolled by as much, so the title stays under the pointer.
   */
  private readonly keepInPlace = (event: MouseEvent): void => {
    const summary = event.currentTarget as HTMLElement;
    const details = summary.parentElement as HTMLDetailsElement;
    event.preventDefault();
    const before = summary.getBoundingClientRect().top;
    details.open = !details.open;
    const moved = summary.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) window.scrollBy({top: moved, behavior: 'instant'});
  };

  private renderCause(summary: string, body: unknown) {
    return html`
      <details name="cause" part="cause" @toggle=${this.loadPanels}>
        <summary part="summary" @click=${this.keepInPlace}>${summary}</summary>
        <div class="panel-body" part="panel">${body}</div>
      </details>
    `;
  }

  protected override renderContent() {
    // Until the text has arrived, a cause opened early says it is loading (or, offline, that it could not be loaded).
    const bodies: unknown[] = this.panels
      ? this.panels.renderPanels(msg)
      : Array(4).fill(
          html`<p role="status">${this.panels === false
            ? msg('This part could not be loaded. Check your connection, then close it and open it again.')
            : msg('Loading…')}</p>`
        );
    return html`
      ${this.renderTitle(msg('Why MS can cause emotional numbness'))}
      <p part="intro">${msg('There are four main reasons. Open one to read about it.')}</p>
      ${causeTitles().map((title, i) => this.renderCause(title, bodies[i]))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-why-numbness': MsWhyNumbness;
  }
}
