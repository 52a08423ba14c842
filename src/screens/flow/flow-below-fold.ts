/**
 * What lesson 1 loads after its first paint (src/app/after-paint.ts): the modules of
 * everything below the two lines, and the parameter editor's.
 */
import { lazyModules } from '../../app/after-paint.ts';

/**
 * The components of everything below the two lines (results, charts, many runs, sweep,
 * sharing), loaded once the first run is on screen: their modules are evaluated after it
 * has painted. The parameter editor's loads when its section is first opened.
 */
export const loadParamsEditor = lazyModules(() => import('../../components/flow-params/genba-flow-params.ts'));
export const loadBelowFold = lazyModules(() =>
  Promise.all([
    import('../../components/flow-lesson/genba-flow-results.ts'),
    import('../../components/flow-lesson/genba-flow-station.ts'),
    import('../../components/flow-lesson/genba-flow-many.ts'),
    import('../../components/flow-lesson/genba-flow-sweep.ts'),
    import('../../components/flow-lesson/genba-illusion-panel.ts'),
    import('../../components/charts/step-chart.ts'),
    import('../../components/charts/distribution-chart.ts'),
    import('../../components/charts/station-split-chart.ts'),
    import('../../components/charts/sweep-chart.ts'),
    import('../../components/charts/station-timeline-chart.ts'),
    import('../../components/share/genba-figure.ts'),
    import('../../components/share/genba-share-panel.ts'),
  ]),
);

