/** What lesson 4 loads after its first paint (src/app/after-paint.ts). */
import { lazyModules } from '../../app/after-paint.ts';

/**
 * The components of everything below the two lines (the outcome, the stations' charts, the
 * sweep, the sandbox and sharing), loaded once the first run has painted (issue 15: the
 * lesson paints its top first, like lesson 1, and builds the rest in later tasks).
 */
const loadModules = lazyModules(() =>
  Promise.all([
    import('./pull-csv-files.ts'),
    import('../../components/pull/genba-pull-outcome.ts'),
    import('../../components/pull/genba-pull-cap-field.ts'),
    import('../../components/pull/genba-pull-stations.ts'),
    import('../../components/charts/wip-sweep-chart.ts'),
    import('../../components/share/genba-figure.ts'),
    import('../../components/share/genba-share-panel.ts'),
  ]),
);

/** The functions the screen calls from the modules loaded after its first paint. */
export interface BelowFold {
  readonly pullCsvFiles: (typeof import('./pull-csv-files.ts'))['pullCsvFiles'];
}

/** Loads the modules below the lines (once; a failed load is tried again on the next call). */
export async function loadBelowFold(): Promise<BelowFold> {
  const [csv] = (await loadModules()) as [typeof import('./pull-csv-files.ts'), ...unknown[]];
  return { pullCsvFiles: csv.pullCsvFiles };
}
