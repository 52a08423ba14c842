/**
 * The look of one series in any chart: colour, dash and marker shape. `batch` and `flow`
 * take theirs from {@link SERIES}; every other key takes the next grey of
 * {@link OTHER_SERIES} in the order the series come, so no two series share a dash.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { OTHER_SERIES, SERIES } from './palette.ts';

export type MarkerShape = 'triangle' | 'circle' | 'square' | 'diamond';

export interface SeriesStyle {
  readonly colour: string;
  /** SVG `stroke-dasharray`; '' for a solid line. */
  readonly dash: string;
  readonly marker: MarkerShape;
}

const OTHER_MARKERS: readonly MarkerShape[] = ['square', 'diamond'];

/** Styles for the given series keys, in order. */
export function seriesStyles(keys: readonly string[]): SeriesStyle[] {
  let other = 0;
  return keys.map((key) => {
    if (key === 'batch') return { colour: SERIES.batch.colour, dash: SERIES.batch.dash, marker: 'triangle' };
    if (key === 'flow') return { colour: SERIES.flow.colour, dash: SERIES.flow.dash, marker: 'circle' };
    const i = other++;
    const grey = OTHER_SERIES[i % OTHER_SERIES.length] as (typeof OTHER_SERIES)[number];
    return { colour: grey.colour, dash: grey.dash, marker: OTHER_MARKERS[i % OTHER_MARKERS.length] as MarkerShape };
  });
}

const SYMBOLS: Readonly<Record<MarkerShape, SymbolType>> = {
  triangle: symbolTriangle,
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
};

/** Path data of a marker centred on (0, 0) with the given area in square viewBox units. */
export function markerPath(shape: MarkerShape, area = 90): string {
  return symbol(SYMBOLS[shape], area).digits(3)() ?? '';
}
