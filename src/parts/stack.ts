import {css} from 'lit';

/**
 * A stack: every child of `.stack` sits in the same grid cell, so the box is
 * as tall as its tallest child and the controls after it never move when the
 * shown child changes. `.sizer` children only hold the room (invisible, and
 * hidden from screen readers by the widget with `aria-hidden`).
 */
export const stackStyles = css`
  .stack {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .stack > * {
    grid-area: 1 / 1;
  }
  .sizer {
    visibility: hidden;
  }
`;
