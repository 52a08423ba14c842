/** The parameter editor's words: looked up when rendered (never at load), so they follow a language switch. */
import { msg, str } from '@lit/localize';
import { TIME_UNITS } from '../../scenario/index.ts';
import type { ReleaseMode, StationDistributionKey, StationDraft, TimeUnit } from './draft.ts';

export const timeUnitLabel = (u: TimeUnit): string => (u === 'second' ? msg('seconds') : u === 'minute' ? msg('minutes') : msg('hours'));
export const releaseLabel = (m: ReleaseMode): string => (m === 'order' ? msg('order (a quantity)') : msg('flow (arrivals)'));
export const STATION_DISTRIBUTIONS: readonly StationDistributionKey[] = ['processTime', 'setupTime', 'handlingTime'];
export function distributionLabel(key: StationDistributionKey): string {
  switch (key) {
    case 'processTime':
      return msg('Process time');
    case 'setupTime':
      return msg('Setup time');
    case 'handlingTime':
      return msg('Handling time');
  }
}

export const isTimeUnit = (text: string): text is TimeUnit => (TIME_UNITS as readonly string[]).includes(text);
export const isReleaseMode = (text: string): text is ReleaseMode => text === 'order' || text === 'flow';

/** How a station is named on its buttons: its name, or its place while the name is blank. */
export function stationLabel(s: StationDraft, index: number): string {
  const name = s.name.trim();
  return name === '' ? msg(str`station ${index + 1}`) : name;
}
