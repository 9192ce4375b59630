import {html} from 'lit';
import {MsHeadedElement} from '../../core/base-element.js';
import {renderTable, tableReady} from '../../parts/host-table.js';
import {msg} from '../../core/localize.js';
import {responsiveTableStyles} from '../../parts/responsive-table.js';
import {comparisonTable} from './content.js';
import {translations} from '../../generated/translations/numbness-comparison.js';
import {numbnessComparisonStyles} from './numbness-comparison.styles.js';

/**
 * Compares emotional numbness with sadness, feature by feature, as a real data
 * table that turns into one card per feature when the widget is narrow.
 *
 * @tagname ms-numbness-comparison
 * @summary The article's "Numbness vs. Sadness" comparison table.
 *
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @slot - Optional: a `<table>` to show instead of the article's comparison. Its
 *   caption, column headers and rows are read as text (never as HTML); the first
 *   cell of each row is the row header. Without JavaScript the page shows it as it is.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart table - The table.
 * @csspart caption - The table caption.
 * @csspart note - The line under the table.
 *
 * @cssprop --ms-accent - Brand colour.
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of row headers.
 * @cssprop --ms-surface-strong - Background of column headers.
 * @cssprop --ms-border - Table and card borders.
 * @cssprop --ms-radius - Corner radius of the cards.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsNumbnessComparison extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    responsiveTableStyles,
    numbnessComparisonStyles,
  ];

  /** With a host table, the first render waits for its reader (loaded only then). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return tableReady(this)?.then(() => super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  protected override renderContent() {
    return html`
      ${this.renderTitle(msg('Numbness or sadness: what is the difference?'))}
      ${renderTable(this, comparisonTable(), msg('Six ways numbness and sadness can differ'))}
      <p class="note" part="note">
        ${msg(
          'Both are real. Both deserve treatment. But numbness is often missed, by doctors, by family, and even by the person who feels it.'
        )}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-numbness-comparison': MsNumbnessComparison;
  }
}
