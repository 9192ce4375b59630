import {html} from 'lit';
import {MsHeadedElement} from '../../core/base-element.js';
import {renderTable, tableReady} from '../../parts/host-table.js';
import {msg} from '../../core/localize.js';
import {responsiveTableStyles} from '../../parts/responsive-table.js';
import {medicationRows} from '../../content/medications.js';
import {translations} from '../../generated/translations/medication-table.js';
import {medicationTableStyles} from './medication-table.styles.js';

/**
 * Medicines that may add to emotional flatness, and their possible effects on
 * mood, as a data table that turns into one card per medicine when the widget
 * is narrow. A safety note (never stop or change a medicine on your own) is
 * always shown with it and cannot be turned off.
 *
 * @tagname ms-medication-table
 * @summary The article's medication table, with the "never stop a medicine on your own" safety note.
 *
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @slot - Optional: a `<table>` to show instead of the article's rows. Its caption, column headers
 *   and rows are read as text (never as HTML); the first cell of each row is the row header. The
 *   safety note is shown with it too. Without JavaScript the page shows it as it is.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart intro - The line above the table.
 * @csspart safety-note - The safety note (it can be styled, not hidden).
 * @csspart table - The table.
 * @csspart caption - The table caption.
 *
 * @cssprop --ms-accent - Colour of the safety note's edge.
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of row headers and the safety note.
 * @cssprop --ms-surface-strong - Background of column headers.
 * @cssprop --ms-border - Table and card borders.
 * @cssprop --ms-radius - Corner radius of the cards.
 */
export class MsMedicationTable extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    responsiveTableStyles,
    medicationTableStyles,
  ];

  /** With a host table, the first render waits for its reader (loaded only then). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return tableReady(this)?.then(() => super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  protected override renderContent() {
    return html`
      ${this.renderTitle(msg('Could a medicine be playing a part?'))}
      <p part="intro">
        ${msg('Some medicines can add to feeling flat or numb. These are possible effects. Not everyone gets them.')}
      </p>
      <div class="safety" part="safety-note" role="note">
        <p>
          <strong>${msg('Never stop or change a medicine on your own.')}</strong>
          ${msg('Talk first to the doctor who prescribed it.')}
        </p>
        <p>
          ${msg('Ask them whether a change of medicine could help. Sometimes changing to another type of medicine helps people feel their emotions again.')}
        </p>
      </div>
      ${renderTable(
        this,
        [[msg('Medicine'), msg('Possible effects on mood')], ...medicationRows()],
        msg('Medicines and their possible effects on mood')
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-medication-table': MsMedicationTable;
  }
}
