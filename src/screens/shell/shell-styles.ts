/** The shell's styles: header, navigation, tools, the shortcuts dialog, the skip link, print. */
import { css } from 'lit';

export const shellStyles = css`
    :host {
      display: block;
      max-width: 84rem;
      margin: 0 auto;
      padding: 0.75rem 1rem 3rem;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem 1.5rem;
      border-bottom: 1px solid var(--genba-border);
      margin-bottom: 1rem;
    }
    .brand {
      color: var(--genba-accent);
      margin: 0;
      font-size: 1.6rem;
    }
    .tagline {
      color: var(--genba-muted);
      margin: 0;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    nav a {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      color: var(--genba-accent);
      text-decoration: none;
      border-bottom: 3px solid transparent;
      font-weight: 600;
    }
    nav a[aria-current='page'] {
      border-bottom-color: var(--genba-accent);
      color: var(--genba-ink);
    }
    nav a:focus-visible {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      box-shadow: 0 0 0 2px #1b1f24;
    }
    .notice {
      background: #fff4e0;
      border: 1px solid #e69f00;
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
      margin-bottom: 1rem;
    }
    .loading {
      color: var(--genba-muted);
    }
    .tools {
      margin-left: auto;
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.5rem;
    }
    .tools button {
      font: inherit;
      min-height: 2.25rem;
      padding: 0.2rem 0.7rem;
      border-radius: 6px;
      border: 1px solid var(--genba-border);
      background: var(--genba-surface);
      color: var(--genba-ink);
      cursor: pointer;
    }
    /*
     * "Start a room" is defined when the page is first idle; until then its light-DOM label
     * holds the button's place (its size, not shown), so the header's tools do not move when
     * it arrives (a layout shift on every screen). Its shadow root hides the label once defined.
     */
    .room-start-space {
      display: inline-block;
      box-sizing: border-box;
      min-height: 40px;
      padding: 4px 12px;
      border: 1px solid transparent;
      line-height: 24px;
      visibility: hidden;
      white-space: nowrap;
    }
    .tools button[aria-pressed='true'] {
      background: var(--genba-accent);
      color: #fff;
    }
    /* Short labels: Chinese ones break between words, never between two characters of a word. */
    .tools button,
    .language {
      word-break: keep-all;
    }
    .language {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      color: var(--genba-muted);
      font-size: 0.9rem;
    }
    .language select {
      font: inherit;
      font-size: 1rem;
      min-height: 2.25rem;
      padding: 0.2rem 0.4rem;
      border-radius: 6px;
      border: 1px solid var(--genba-border);
      background: var(--genba-surface);
      color: var(--genba-ink);
    }
    .tools button:focus-visible,
    .language select:focus-visible,
    dialog button:focus-visible {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      box-shadow: 0 0 0 2px #1b1f24;
    }
    :host([idle]) header {
      opacity: 0;
      transition: opacity 0.4s;
    }
    :host([idle]) header:focus-within {
      opacity: 1;
    }
    .notes {
      position: sticky;
      bottom: 0;
      background: #fffbe6;
      border: 2px solid #e69f00;
      border-radius: 8px;
      padding: 0.5rem 1rem;
      margin-top: 1rem;
      z-index: 2;
      font-size: 0.9rem;
      max-height: 30vh;
      overflow: auto;
    }
    .notes h2 {
      font-size: 1rem;
      margin: 0;
    }
    dialog {
      border: 2px solid var(--genba-ink);
      border-radius: 8px;
      max-width: 32rem;
    }
    dialog table {
      border-collapse: collapse;
    }
    dialog th,
    dialog td {
      text-align: left;
      padding: 0.25rem 0.75rem;
      border-bottom: 1px solid var(--genba-border);
    }
    kbd {
      font-family: inherit;
      font-weight: 700;
      border: 1px solid var(--genba-border);
      border-radius: 4px;
      padding: 0 0.4rem;
    }
    /* Off screen until focused: the first Tab of the page. */
    .skip-link {
      position: absolute;
      left: 0.5rem;
      top: -4rem;
      z-index: 10;
      background: var(--genba-surface);
      color: var(--genba-accent);
      font-weight: 600;
      padding: 0.5rem 0.75rem;
      border: 2px solid var(--genba-accent);
      border-radius: 6px;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .skip-link:focus {
      top: 0.5rem;
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      box-shadow: 0 0 0 2px #1b1f24;
    }
    .print-only {
      display: none;
    }
    /* Printing gives the one-page session summary, not the app. */
    /*
     * A phone (issue 16, second look): the header stacked the four lessons one per line and
     * the tools on three lines, so at 320×640 the lesson's title started below the fold. The
     * lessons go two by two and the header's spacing tightens; every control keeps its size.
     */
    @media (max-width: 40rem) {
      header {
        gap: 0.35rem 0.75rem;
        padding-bottom: 0.35rem;
      }
      .tagline {
        font-size: 0.9rem;
      }
      nav {
        flex: 1 1 100%;
      }
      nav ul {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 0.25rem;
      }
      nav a {
        display: block;
        padding: 0.45rem 0.4rem;
        font-size: 0.95rem;
      }
      .tools {
        gap: 0.35rem;
      }
      .tools button {
        padding: 0.2rem 0.5rem;
      }
    }
    @media print {
      header,
      .skip-link,
      .notice,
      .notes,
      genba-update-notice,
      .screen-only,
      dialog {
        display: none !important;
      }
      .print-only {
        display: block;
      }
      :host {
        max-width: none;
        padding: 0;
      }
    }
`;
