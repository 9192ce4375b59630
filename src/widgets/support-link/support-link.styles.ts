import {css} from 'lit';

/** The styles of <ms-support-link> (the shared base styles come from its base class). */
export const supportLinkStyles = css`
  .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em 1.5em;
  }
  .text {
    flex: 1 1 14em;
  }
  .text > :last-child {
    margin-block-end: 0;
  }
  .link {
    flex: 0 1 auto;
    max-inline-size: 100%;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
`;
