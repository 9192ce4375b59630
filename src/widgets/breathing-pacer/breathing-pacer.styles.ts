import {css} from 'lit';

/** The styles of <ms-breathing-pacer> (the shared base styles come from its base class). */
export const breathingPacerStyles = css`
  .stage,
  .stats,
  .message,
  .safety {
    text-align: center;
  }
  .still {
    display: none;
  }
  .stage {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: min(15em, 100%);
    aspect-ratio: 1;
    margin: 0.5em auto 1em;
  }
  .shape,
  .fill {
    position: absolute;
    inset: 0;
    border-radius: 50%;
  }
  .shape {
    background: var(--_surface-strong);
    border: 3px solid var(--_accent);
    transform: scale(0.55);
  }
  .fill {
    background: var(--_accent);
    opacity: 0;
  }
  [data-phase='inhale'] .shape,
  [data-phase='hold-in'] .shape {
    transform: none;
  }
  .now {
    position: relative;
    display: grid;
    margin: 0;
    padding: 0.5em;
  }
  .word {
    font-size: 1.25em;
    font-weight: bold;
  }
  .count {
    font-size: 2em;
    font-weight: bold;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .pattern,
  .stats,
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em 1em;
    padding: 0;
    margin: 0 0 1em;
    list-style: none;
  }
  .pattern li {
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border: 2px solid transparent;
    border-radius: 1em;
  }
  .pattern [aria-current='step'] {
    border-color: var(--_accent);
    background: var(--_surface-strong);
    font-weight: bold;
  }
  dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: bold;
    font-variant-numeric: tabular-nums;
  }
  .big {
    font-size: 1.25em;
    min-inline-size: 7em;
  }
  .safety {
    margin: 0;
  }
  :host([reduced-motion]) .shape {
    transform: none;
  }
  :host([reduced-motion]) .motion {
    display: none;
  }
  :host([reduced-motion]) .still {
    display: block;
  }
  :host([reduced-motion]) [data-phase='inhale'] .fill,
  :host([reduced-motion]) [data-phase='hold-in'] .fill {
    opacity: 0.35;
  }
  @media (prefers-reduced-motion: reduce) {
    .shape,
    [data-phase] .shape {
      transform: none;
    }
    .motion {
      display: none;
    }
    .still {
      display: block;
    }
    [data-phase='inhale'] .fill,
    [data-phase='hold-in'] .fill {
      opacity: 0.35;
    }
  }
  @media (forced-colors: active) {
    .shape {
      border-color: CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .pattern [aria-current='step'] {
      border-color: Highlight;
    }
  }
`;
