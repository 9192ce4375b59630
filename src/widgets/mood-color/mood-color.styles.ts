import {css} from 'lit';

/**
 * The styles of <ms-mood-color>'s first paint (the shared base styles come
 * from its base class). The diary strip's styles come with its code
 * (diary-view.ts, loaded only with `persist`).
 */
export const moodColorStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend,
  label[for] {
    display: block;
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: bold;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.5em;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  /* A saved day in the diary strip (diary-styles.ts, loaded with persist) is boxed like a choice. */
  .option,
  .day {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding-block: 0.25em;
    padding-inline: var(--_inset-small);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option {
    /* The colour's name goes under its swatch when it does not fit beside it. */
    flex-wrap: wrap;
    cursor: pointer;
  }
  .option:has(:checked) {
    background: var(--_surface-strong);
    outline: 3px solid var(--_accent);
  }
  .option:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  [type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    outline: none;
  }
  .swatch {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    border: 2px solid var(--_border);
    border-radius: 0.25em;
    background: var(--c);
    forced-color-adjust: none;
  }
  #word {
    inline-size: min(100%, 24em);
  }
  .field {
    margin-block: 1em;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      outline-color: Highlight;
    }
    .swatch {
      border-color: CanvasText;
    }
  }
`;
