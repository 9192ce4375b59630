import {css, svg, type TemplateResult} from 'lit';

/**
 * The brain drawing for `ms-why-numbness`, drawn for this project: a simple
 * see-through side view (front on the left) with the four areas the article
 * names. Each area has its own fill pattern AND outline style AND a number,
 * so it never depends on colour. Everything is drawn in `currentColor` on the
 * surface colour, so it follows the theme and forced colors.
 */

/** Shape, fill and outline of each area, in the article's order (1 to 4). */
export const AREAS: readonly {d: string; fill: string; dash?: string; badge: [number, number]; leader?: string}[] = [
  // 1. Prefrontal cortex: the front of the brain. Diagonal lines, solid outline.
  {
    d: 'M44 132C38 86 74 48 116 36C114 66 114 98 106 128C88 136 62 138 44 132Z',
    fill: 'url(#ms-lines)',
    badge: [78, 94],
  },
  // 2. Amygdala: small, low and deep. Solid fill, with a pointer to its number.
  {
    d: 'M135 168a11 7 0 1 0 22 0a11 7 0 1 0-22 0Z',
    fill: 'currentColor',
    badge: [108, 216],
    leader: 'M139 174L117 204',
  },
  // 3. Anterior cingulate cortex: a curved band in the middle. Dots, dashed outline.
  {
    d: 'M128 122C124 88 152 66 200 66C214 66 226 70 236 76L230 88C220 82 210 80 200 80C162 80 140 98 142 122Z',
    fill: 'url(#ms-dots)',
    dash: '7 4',
    badge: [176, 73],
  },
  // 4. Insular cortex: deep in the middle. Grid, dotted outline, with a pointer to its number.
  {
    d: 'M150 136a32 19 0 1 0 64 0a32 19 0 1 0-64 0Z',
    fill: 'url(#ms-grid)',
    dash: '2 4',
    badge: [250, 128],
    leader: 'M214 134L236 130',
  },
];

/** Pattern definitions and the parts of the drawing that are not areas. */
export const brainBackdrop: TemplateResult = svg`
  <defs>
    <pattern id="ms-lines" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="pattern-bg" width="8" height="8"></rect>
      <path d="M0 0V8" stroke="currentColor" stroke-width="3"></path>
    </pattern>
    <pattern id="ms-dots" width="7" height="7" patternUnits="userSpaceOnUse">
      <rect class="pattern-bg" width="7" height="7"></rect>
      <circle cx="3.5" cy="3.5" r="1.6" fill="currentColor"></circle>
    </pattern>
    <pattern id="ms-grid" width="8" height="8" patternUnits="userSpaceOnUse">
      <rect class="pattern-bg" width="8" height="8"></rect>
      <path d="M0 4H8M4 0V8" stroke="currentColor" stroke-width="1.5"></path>
    </pattern>
  </defs>
  <g class="backdrop">
    <path class="brain" d="M196 176C200 196 200 214 194 234H218C218 212 220 196 226 170Z"></path>
    <path class="brain" d="M212 170C214 190 246 202 272 190C290 180 288 158 268 156Z"></path>
    <path class="sulcus" d="M228 184C244 190 262 188 276 178M222 174C240 180 262 178 278 166"></path>
    <path
      class="brain"
      d="M38 128C30 72 86 26 158 24C230 22 292 62 292 118C292 150 270 166 244 162C230 160 220 164 212 172C196 196 150 200 128 184C112 172 104 162 84 162C58 162 40 150 38 128Z"
    ></path>
    <path class="sulcus" d="M104 150C140 138 180 128 232 118M184 28C174 60 186 92 172 116M240 48C232 70 246 90 236 108"></path>
  </g>
`;

export const diagramStyles = css`
  .diagram svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 24em;
    block-size: auto;
  }
  .brain,
  .pattern-bg,
  .badge {
    fill: var(--_surface);
  }
  .brain,
  .shape,
  .badge,
  .leader {
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .sulcus {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .badge-text {
    fill: currentColor;
    font-size: 21px;
    font-weight: bold;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 10;
    stroke-linejoin: round;
    visibility: hidden;
  }
  .area {
    cursor: default;
  }
  .area:focus {
    outline: none;
  }
  .area:focus-visible .ring,
  .area.active .ring {
    visibility: visible;
  }
  .area.active .badge {
    stroke-width: 4.5;
  }
  @media (forced-colors: active) {
    .brain,
    .pattern-bg,
    .badge {
      fill: Canvas;
    }
    .brain,
    .shape,
    .badge,
    .leader,
    .sulcus {
      stroke: CanvasText;
    }
    .badge-text {
      fill: CanvasText;
    }
    .ring {
      stroke: Highlight;
    }
  }
`;
