/** What lesson 4 loads after its first paint (src/app/after-paint.ts). */
import { lazyModules } from '../../app/after-paint.ts';

/**
 * The components of everything below the two lines (the outcome, the stations' charts, the
 * sweep, the sandbox and sharing), loaded once the first run has painted (issue 15: the
 * lesson paints its top first, like lesson 1, and builds the rest in later tasks).
 */
export const loadBelowFold = lazyModules(() =>
  Promise.all([
    import('../../components/pull/genba-pull-outcome.ts'),
    import('../../components/pull/genba-pull-cap-field.ts'),
    import('../../components/pull/genba-pull-stations.ts'),
    import('../../components/charts/wip-sweep-chart.ts'),
    import('../../components/share/genba-figure.ts'),
    import('../../components/share/genba-share-panel.ts'),
  ]),
);
