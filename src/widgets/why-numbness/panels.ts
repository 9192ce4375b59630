import {css, html, svg, type LitElement, type TemplateResult} from 'lit';
import {addLateStyles} from '../../parts/late-styles.js';
import {brainRegions, causes, diagramText, neurotransmitters} from './content.js';
import {AREAS, brainBackdrop, diagramStyles} from './diagram.js';

/**
 * The text inside the four causes of `ms-why-numbness`: the brain drawing and
 * its list, the brain chemicals, and the paragraphs. All four start closed, so
 * the first paint shows only their titles; this module is loaded with
 * `import()` right after it (issue 18), with the styles only these panels use.
 */

/** The widget's `msg()` (see content.ts). */
type Msg = Parameters<typeof causes>[0];

/**
 * Highlights the area under focus or pointer and its line (both get the class
 * `active`); when the pointer leaves, the focused area (if any) stays
 * highlighted. The classes are set here rather than by a render, so the
 * widget keeps no state for them on its first paint.
 */
function highlight(event: Event): void {
  const target = event.currentTarget as Element;
  const root = target.getRootNode() as ShadowRoot;
  const entering = event.type === 'focus' || event.type === 'mouseenter';
  const index = (entering ? target : root.activeElement)?.getAttribute('data-area');
  for (const el of root.querySelectorAll('[data-area]')) el.classList.toggle('active', el.getAttribute('data-area') === index);
}

function renderDiagram(msg: Msg): TemplateResult {
  const regions = brainRegions(msg);
  const text = diagramText(msg);
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
                class="area"
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
              <li data-area=${i} @mouseenter=${highlight} @mouseleave=${highlight}>
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

const paragraphs = (texts: string[]) => texts.map((p) => html`<p>${p}</p>`);

/** The bodies of the four causes, in order. */
export function renderPanels(msg: Msg): TemplateResult[] {
  const c = causes(msg);
  return [
    html`<p>${c.inflammation.before}</p>
      ${renderDiagram(msg)}
      <p>${c.inflammation.after}</p>`,
    html`<p>${c.chemicals.before}</p>
      <dl part="chemicals">
        ${neurotransmitters(msg).map((n) => html`<dt>${n.term}</dt><dd>${n.description}</dd>`)}
      </dl>
      <p>${c.chemicals.after}</p>`,
    html`${paragraphs(c.fatigue.body)}
      <p class="emphasis">${c.fatigue.emphasis}</p>`,
    html`${paragraphs(c.protection.body)}`,
  ];
}

const panelStyles = css`
  .emphasis {
    font-weight: bold;
    font-size: 1.1em;
  }
  .diagram {
    container-type: inline-size;
    margin-block: 0 1em;
    margin-inline: 0;
  }
  .diagram-layout {
    display: grid;
    /* As wide as the panel, not as its longest word (large text in a narrow column). */
    grid-template-columns: minmax(0, 1fr);
    gap: 1em 1.5em;
    align-items: center;
  }
  @container (min-width: 36em) {
    .diagram-layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  figcaption {
    margin-block-start: 0.5em;
    font-size: max(0.95em, 16px);
  }
  .regions {
    margin: 0;
    padding-inline-start: 0;
    /* In one column the numbers sit in the line, so long words (German, French, large text) keep the panel's width. */
    list-style-position: inside;
  }
  .term::after {
    content: '\\A' / '';
    white-space: pre;
  }
  @container (min-width: 36em) {
    .regions {
      padding-inline-start: min(2em, 32px);
      list-style-position: outside;
    }
    .term {
      display: block;
    }
    .term::after {
      content: none;
    }
  }
  .regions > li {
    padding-block: 0.35em;
    padding-inline: min(0.5em, 8px);
    border-radius: var(--_radius);
  }
  .regions > li::marker {
    font-weight: bold;
  }
  .regions > li.active {
    background: var(--_surface-strong);
    outline: 2px solid currentColor;
  }
  .term {
    font-weight: bold;
  }
  dl {
    margin-block: 0 1em;
  }
  dd {
    margin-block: 0 0.5em;
    margin-inline: var(--_inset-small) 0;
  }
  dt {
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .regions > li.active {
      outline-color: Highlight;
    }
  }
`;

/** Adds the panels' styles after the widget's own (parts/late-styles.ts: constructed style sheets, which a strict CSP allows). */
export function adoptPanelStyles(host: LitElement): void {
  addLateStyles(host, [diagramStyles, panelStyles]);
}
