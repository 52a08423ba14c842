/**
 * Draws one frame of a line on a 2D canvas: raw material, the stations (operator, in- and
 * out-container, the unit in hand), the batches on the way, the customer and the scrap
 * bin. Every operator state has its own colour AND shape AND a word under it; defective
 * units are drawn as crosses, not only in another colour. Canvas, not SVG, so 500 units in
 * flight cost one path per pile and the frame stays well under a millisecond.
 */
import { msg, str } from '@lit/localize';
import { SERIES, STATION_STATES, INK, MUTED_INK } from '../charts/palette.ts';
import type { LineFrame, Pile } from '../../lessons/batching/frame.ts';
import type { StationState } from '../../sim/line/series.ts';

export interface LineLayout {
  readonly width: number;
  readonly height: number;
  /** x of the left edge of column i (0 = raw material, 1..N = stations, N+1 = customer). */
  readonly columnX: (i: number) => number;
  readonly columnWidth: number;
}

export function lineLayout(width: number, height: number, stations: number): LineLayout {
  const columns = stations + 2;
  const gap = Math.max(16, Math.min(40, width * 0.025));
  const columnWidth = (width - gap * (columns + 1)) / columns;
  return { width, height, columnWidth, columnX: (i) => gap + i * (columnWidth + gap) };
}

/** Which column a point falls in: a station index, or -1. */
export function stationAtX(layout: LineLayout, x: number, stations: number): number {
  for (let s = 0; s < stations; s++) {
    const left = layout.columnX(s + 1);
    if (x >= left && x <= left + layout.columnWidth) return s;
  }
  return -1;
}

const DOT = 7; // px between unit dots

/** Draws up to `capacity` units of a pile as dots (good) and crosses (defective), in a grid. */
function drawPile(ctx: CanvasRenderingContext2D, pile: Pile, x: number, y: number, w: number, h: number): void {
  const cols = Math.max(1, Math.floor(w / DOT));
  const rows = Math.max(1, Math.floor(h / DOT));
  const capacity = cols * rows;
  const total = pile.good + pile.defective;
  const shown = Math.min(total, capacity);
  const defectiveShown = Math.min(pile.defective, shown);
  ctx.fillStyle = INK;
  ctx.beginPath();
  for (let i = defectiveShown; i < shown; i++) {
    const cx = x + (i % cols) * DOT + DOT / 2;
    const cy = y + h - Math.floor(i / cols) * DOT - DOT / 2;
    ctx.moveTo(cx + 2.6, cy);
    ctx.arc(cx, cy, 2.6, 0, 6.283185307179586);
  }
  ctx.fill();
  if (defectiveShown > 0) {
    ctx.strokeStyle = '#B00020';
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    for (let i = 0; i < defectiveShown; i++) {
      const cx = x + (i % cols) * DOT + DOT / 2;
      const cy = y + h - Math.floor(i / cols) * DOT - DOT / 2;
      ctx.moveTo(cx - 2.5, cy - 2.5);
      ctx.lineTo(cx + 2.5, cy + 2.5);
      ctx.moveTo(cx + 2.5, cy - 2.5);
      ctx.lineTo(cx - 2.5, cy + 2.5);
    }
    ctx.stroke();
  }
  if (total > capacity || total >= 10) {
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(x + w - 26, y, 26, 15);
    ctx.fillStyle = INK;
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.fillText(String(total), x + w - 2, y + 1);
    ctx.textBaseline = 'alphabetic';
  }
}

/** The operator: a shape per state (circle, triangle, diamond, hollow ring, square). */
function drawOperator(ctx: CanvasRenderingContext2D, state: StationState | 'blocked', cx: number, cy: number, r: number): void {
  const colour = STATION_STATES[state].colour;
  ctx.lineWidth = 2;
  ctx.strokeStyle = INK;
  ctx.fillStyle = colour;
  ctx.beginPath();
  switch (state) {
    case 'working':
      ctx.arc(cx, cy, r, 0, 6.283185307179586);
      ctx.fill();
      ctx.stroke();
      break;
    case 'setup':
      ctx.moveTo(cx, cy - r);
      ctx.lineTo(cx + r, cy + r * 0.8);
      ctx.lineTo(cx - r, cy + r * 0.8);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      break;
    case 'handling':
      ctx.moveTo(cx, cy - r);
      ctx.lineTo(cx + r, cy);
      ctx.lineTo(cx, cy + r);
      ctx.lineTo(cx - r, cy);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      break;
    case 'blocked':
      ctx.rect(cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
      ctx.fill();
      ctx.stroke();
      break;
    default:
      ctx.strokeStyle = MUTED_INK;
      ctx.setLineDash([3, 3]);
      ctx.arc(cx, cy, r, 0, 6.283185307179586);
      ctx.stroke();
      ctx.setLineDash([]);
  }
}

export interface DrawOptions {
  readonly names: readonly string[];
  readonly series: 'batch' | 'flow';
  readonly selected: number;
  /** No in-between positions for batches on the way (prefers-reduced-motion). */
  readonly reducedMotion: boolean;
}

/** The word under an operator, in the page's language (looked up at every draw, so a language switch redraws it). */
export function stateWord(state: StationState | 'blocked'): string {
  switch (state) {
    case 'working':
      return msg('working');
    case 'setup':
      return msg('setup');
    case 'handling':
      return msg('handling');
    case 'starved':
      return msg('waiting');
    case 'blocked':
      return msg('blocked');
  }
}

export function drawLine(ctx: CanvasRenderingContext2D, frame: LineFrame, layout: LineLayout, options: DrawOptions): void {
  const n = frame.stations.length;
  const { width, height, columnWidth: cw } = layout;
  const top = 22;
  const boxH = height - top - 60;
  const laneY = top + boxH + 24;
  ctx.clearRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';

  // Conveyor line behind everything, in the line's colour and dash.
  const accent = SERIES[options.series].colour;
  ctx.strokeStyle = accent;
  ctx.lineWidth = 3;
  ctx.setLineDash(SERIES[options.series].dash ? [8, 4] : []);
  ctx.beginPath();
  ctx.moveTo(layout.columnX(0) + cw / 2, top + boxH - 8);
  ctx.lineTo(layout.columnX(n + 1) + cw / 2, top + boxH - 8);
  ctx.stroke();
  ctx.setLineDash([]);

  const label = (text: string, x: number, y: number, weight = '600', size = 14): void => {
    ctx.fillStyle = INK;
    ctx.font = `${weight} ${size}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(text, x, y, cw + 12);
  };

  // Raw material.
  const rawX = layout.columnX(0);
  ctx.fillStyle = '#f4f6f8';
  ctx.fillRect(rawX, top, cw, boxH);
  label(msg('Raw'), rawX + cw / 2, top - 6);
  drawPile(ctx, frame.raw, rawX + 4, top + 6, cw - 8, boxH - 12);

  for (let s = 0; s < n; s++) {
    const st = frame.stations[s]!;
    const x = layout.columnX(s + 1);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x, top, cw, boxH);
    ctx.strokeStyle = s === options.selected ? '#e69f00' : '#9aa5b1';
    ctx.lineWidth = s === options.selected ? 4 : 1.5;
    ctx.strokeRect(x, top, cw, boxH);
    label(options.names[s] ?? msg(str`Station ${s + 1}`), x + cw / 2, top - 6);

    const third = cw / 3;
    // In-container (left third), out-container (right third), operator in the middle.
    ctx.strokeStyle = MUTED_INK;
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 3, top + 22, third - 4, boxH - 28);
    ctx.strokeRect(x + 2 * third + 1, top + 22, third - 4, boxH - 28);
    drawPile(ctx, st.queue, x + 5, top + 24, third - 8, boxH - 32);
    drawPile(ctx, st.outbox, x + 2 * third + 3, top + 24, third - 8, boxH - 32);
    const cx = x + cw / 2;
    const r = Math.max(7, Math.min(13, third / 3));
    drawOperator(ctx, st.state, cx, top + boxH / 2 - 4, r);
    if (st.inHand) {
      drawPile(ctx, st.inHand.defective ? { good: 0, defective: 1 } : { good: 1, defective: 0 }, cx - DOT / 2, top + boxH / 2 + r, DOT, DOT);
    }
    label(stateWord(st.state), cx, top + boxH + 16, '500', 13);
    // Scrap is drawn at the station that made it; the station that found it says so (issue 16).
    const made = frame.scrapMadeAt[s] ?? 0;
    const found = frame.scrapFoundAt[s] ?? 0;
    const scrapText = made > 0 ? msg(str`✕ ${made} made bad here`) : found > 0 ? msg(str`${found} bad found here`) : '';
    if (scrapText !== '') {
      ctx.fillStyle = '#B00020';
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.fillText(scrapText, cx, top + 16, cw);
    }
  }

  // Customer.
  const custX = layout.columnX(n + 1);
  ctx.fillStyle = '#eef5ee';
  ctx.fillRect(custX, top, cw, boxH);
  label(msg('Customer'), custX + cw / 2, top - 6);
  ctx.fillStyle = INK;
  ctx.font = '700 22px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.fillText(String(frame.delivered), custX + cw / 2, top + boxH / 2 + 8);
  label(msg('delivered'), custX + cw / 2, top + boxH / 2 + 26, '500', 12);

  // Batches on the way: a container travelling in the lane under the line, from the centre
  // of the station it left to the centre of the next.
  for (const m of frame.moving) {
    const x0 = layout.columnX(m.from + 1) + cw / 2;
    const x1 = layout.columnX(m.from + 2) + cw / 2;
    const progress = options.reducedMotion ? 0.5 : m.progress;
    const bw = Math.max(22, Math.min(cw * 0.7, 70));
    const bx = x0 + (x1 - x0) * progress - bw / 2;
    ctx.fillStyle = '#fff8e6';
    ctx.strokeStyle = accent;
    ctx.lineWidth = 2;
    ctx.fillRect(bx, laneY, bw, 32);
    ctx.strokeRect(bx, laneY, bw, 32);
    drawPile(ctx, m.units, bx + 2, laneY + 2, bw - 4, 28);
  }
}
