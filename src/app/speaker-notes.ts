/** Speaker notes for presenters, one short set per screen (S toggles them). */
import type { Route } from './routes.ts';

export const SPEAKER_NOTES: Record<Route, readonly string[]> = {
  batching: [
    'Ask the room to predict before anyone presses play: which line delivers first, which finishes first, by how much.',
    'While it plays, point at the containers filling in front of each station: that waiting is the lead time.',
    'Then read the illusion panel: each operator felt faster with batches (setups spread, handling unseen), yet the customer waited longer.',
    'Close with the sweep: is there a best batch? With long setups, small batches lose until the setups are cut; that is lesson 2.',
  ],
  kaizen: [
    '"We tried one-piece flow and it failed." Agree first: the numbers say so.',
    'Go and see the press: in one-piece flow every part pays the whole die change. Ask what could be done while the press still runs.',
    'Make the trainees predict each change before applying it; the surprises (scrap jumping once the press is fast) are the lesson.',
    'End on the waterfall: no single change won; the basic steps, improved one by one, did.',
  ],
  launch: [
    'Good market 30,000 a month, bad market 500; the forecast says 30,000. Ask who would launch 30,000.',
    'Run the markets, then read the ledger: real loss is cash in unsold stock; lost opportunity is margin never earned, no cash spent.',
    'Turn on hindsight: the fish that got away looks big after a good market, small against its expected cost before the decision.',
  ],
  engine: ['The engine check runs any preset in Web Workers and shows the same JSON the command line prints.'],
};
