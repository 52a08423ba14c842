/** Profiling driver: `node --cpu-prof --import tsx bench/profile-launch.ts` (the seed case, 400,000 replications on this thread). */
import { createLaunchMonteCarlo } from '../src/sim/launch/monte-carlo.ts';
import { runMonteCarloSync } from '../src/sim/mc/runner.ts';
import { launchPreset } from './engine.ts';

const scenario = launchPreset('launch-seed-case.json', 400_000);
runMonteCarloSync(createLaunchMonteCarlo(scenario), scenario.replications);
