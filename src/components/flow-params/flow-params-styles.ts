/**
 * The layout of genba-flow-params: the line's fields in rows of fieldsets, then the stations
 * as a table-like grid (one fieldset per station, the same columns in every row), compact
 * enough for five stations and every line field on a 1280×720 projector screen.
 */
import { css } from 'lit';

export const flowParamsStyles = css`
  :host {
    display: block;
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
    margin-bottom: 0.4rem;
  }
  .status p,
  .status ul {
    margin: 0;
  }
  .status ul {
    padding-left: 1.25rem;
  }
  .status .bad {
    color: #a4000f;
    font-weight: 600;
  }
  .status .ok {
    color: var(--genba-muted, #4a5360);
  }
  .status li {
    color: #a4000f;
    font-size: 0.9rem;
  }
  .reset {
    flex: 0 1 auto;
  }
  fieldset {
    margin: 0;
    min-width: 0;
  }
  .group {
    border: 1px solid var(--genba-border, #c9d1db);
    border-radius: 6px;
    padding: 0.3rem 0.75rem 0.5rem;
    margin-bottom: 0.5rem;
    background: var(--genba-surface, #fff);
  }
  legend {
    font-weight: 600;
    padding: 0 0.3rem;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.35rem 1.5rem;
  }
  /* Label and control side by side, the message under both, wrapping at 20rem unless the pair is wider. */
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .field {
    max-width: 100%;
  }
  .control label {
    color: inherit;
  }
  .field > .msg {
    max-width: 20rem;
  }
  .field input[type='text'] {
    width: 10rem;
  }
  .field input[id='name'] {
    width: 18rem;
    max-width: 100%;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    align-items: stretch;
  }
  .pair > .line {
    flex: 0 1 auto;
  }
  .pair > .release {
    flex: 1 1 30rem;
  }
  .pair .fields {
    gap: 0.35rem 1.25rem;
  }
  /* Stations: a table-like grid, one fieldset per row, the same columns in every row. */
  .table {
    overflow-x: auto;
    /* The visually hidden labels inside are positioned against this box, so its scrolling
       clips them instead of widening the page at 320 px. */
    position: relative;
  }
  .cols {
    display: grid;
    grid-template-columns: 1.25rem 8.5rem repeat(3, minmax(14rem, 1fr)) 5.25rem 11.75rem;
    column-gap: 0.6rem;
    align-items: start;
    min-width: 72rem;
  }
  .colheads {
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--genba-muted, #4a5360);
    border-bottom: 1px solid var(--genba-border, #c9d1db);
    padding: 0 0.25rem 0.15rem;
    white-space: nowrap;
  }
  .station {
    border: 0;
    border-bottom: 1px solid #e3e7ec;
    padding: 0.35rem 0.25rem;
  }
  .station:last-child {
    border-bottom: 0;
  }
  .num {
    font-weight: 600;
    line-height: 2rem;
    font-variant-numeric: tabular-nums;
  }
  .station input[type='text'] {
    width: 100%;
  }
  .station input[type='number'] {
    width: 4.5rem;
  }
  .cell .msg {
    margin-top: 0.15rem;
  }
  .na {
    line-height: 2rem;
    font-size: 0.85rem;
    color: var(--genba-muted, #4a5360);
  }
  .tools {
    display: flex;
    gap: 0.3rem;
  }
  .add {
    display: flex;
    align-items: center;
    gap: 1rem;
    margin-top: 0.4rem;
    font-size: 0.9rem;
    color: var(--genba-muted, #4a5360);
  }
`;
