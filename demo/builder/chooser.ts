/**
 * "Choose a widget": every widget by its readable name and one-line
 * description, in the README's groups. Radio buttons, so arrow keys move
 * within a group and each group is one Tab stop.
 */
import {html, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {groupedWidgets, widgetDescription, widgetName, type ManifestElement} from './fields.js';

export function renderChooser(elements: Map<string, ManifestElement>, chosen: string, choose: (tag: string) => void): TemplateResult {
  return html`<fieldset class="step" id="choose">
    <legend><span class="step-number">1</span> Choose a widget</legend>
    ${groupedWidgets(elements).map(
      (group, i) => html`<fieldset class="widget-group">
        <legend>${group.label}</legend>
        <div class="widget-options">
          ${group.tags.map(
            (tag) => html`<div class="widget-option">
              <input type="radio" name="widget" id="widget-${tag}" value=${tag} .checked=${live(tag === chosen)}
                aria-describedby="widget-${tag}-description" data-group=${i} @change=${() => choose(tag)} />
              <label for="widget-${tag}">${widgetName(tag)}</label>
              <p class="hint" id="widget-${tag}-description">${widgetDescription(tag, elements.get(tag))}</p>
            </div>`
          )}
        </div>
      </fieldset>`
    )}
  </fieldset>`;
}
