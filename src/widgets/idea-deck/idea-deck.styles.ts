import {css} from 'lit';

/**
 * The styles of <ms-idea-deck> (the shared base styles come from its base
 * class). With the shared `.panel` box it carries only the one other panel
 * rule it uses, `.visually-hidden` (the ticks' names for screen readers), not
 * all of `panelStyles` (issue 18: on the first paint).
 */
export const ideaDeckStyles = css`
  .pick {
    margin-block: 0 1em;
  }
  .picked {
    margin-block: 0.75em 0;
    font-size: 1.125em;
  }
  /* Holds the place of the tick box until an idea is picked. */
  .sizer .box {
    flex: none;
    inline-size: min(1.5em, 24px);
    block-size: min(1.5em, 24px);
  }
  .cards {
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
  }
  .card {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    gap: 0.5em;
    padding-block: 0.75em 0.25em;
    padding-inline: var(--_inset-small);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card.chosen {
    border-color: var(--_accent);
    outline: 2px solid var(--_accent);
  }
  .card p {
    margin: 0;
  }
`;
