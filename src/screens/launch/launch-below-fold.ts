/** What lesson 3 loads after its first paint (src/app/after-paint.ts). */
import { lazyModules } from '../../app/after-paint.ts';

/** The sections below the prediction and Run, loaded once those have painted (not part of the lesson's first JavaScript). */
export const loadBelowFold = lazyModules(() =>
  Promise.all([
    import('../../components/launch/genba-launch-parameters.ts'),
    import('../../components/launch/genba-launch-ledger-panel.ts'),
    import('../../components/launch/genba-launch-figures.ts'),
    import('./genba-launch-results.ts'), // the story, version 1's and version 2's results
    import('../../components/charts/launch-profit-histogram.ts'),
    import('../../components/charts/launch-sweep-chart.ts'),
    import('../../components/share/genba-figure.ts'),
    import('../../components/share/genba-share-panel.ts'),
  ]),
);
