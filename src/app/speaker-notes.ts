/** Speaker notes for presenters, one short set per screen (S toggles them), in the page's language. */
import { msg } from '@lit/localize';
import type { Route } from './routes.ts';

/** The notes for a screen, looked up when shown so that they follow a language switch. */
export function speakerNotes(route: Route): readonly string[] {
  switch (route) {
    case 'batching':
      return [
        msg('Ask the room to predict before anyone presses play: which line delivers first, which finishes first, by how much.'),
        msg('While it plays, point at the containers filling in front of each station: that waiting is the lead time.'),
        msg('Then read the illusion panel: each operator felt faster with batches (setups spread, handling unseen), yet the customer waited longer.'),
        msg('Close with the sweep: is there a best batch? With long setups, small batches lose until the setups are cut; that is lesson 2.'),
      ];
    case 'kaizen':
      return [
        msg('"We tried one-piece flow and it failed." Agree first: the numbers say so.'),
        msg('Go and see the press: in one-piece flow every part pays the whole die change. Ask what could be done while the press still runs.'),
        msg('Make the trainees predict each change before applying it; the surprises (scrap jumping once the press is fast) are the lesson.'),
        msg('End on the waterfall: no single change won; the basic steps, improved one by one, did.'),
      ];
    case 'launch':
      return [
        msg('Good market 30,000 a month, bad market 500. Ask: commit the plant to 30,000 a month for three months on the forecast, or build a pilot of 500 and scale up when the market answers?'),
        msg('Tell one market first, month by month: cars made, sold, customers we could not serve, cars stacked in the warehouse.'),
        msg('Run the markets, then read the ledger: cash tied up in cars nobody bought against margin never earned, the fixed cost on its own line.'),
        msg('Close on hindsight like with like and the break-even view: the pilot avoids real loss at a bounded price; it does not always win.'),
      ];
    case 'pull':
      return [
        msg('Ohno’s first rule: only what is needed, when it is needed, in the amount needed. Ask: if we let fewer units into the line, do we deliver less?'),
        msg('While it plays, point at the pile in front of the bottleneck on the pushed line: the pulled line delivers as fast with a short queue.'),
        msg('Read Little’s law aloud: units in the line divided by units an hour is the hours to get through. Then read the cash tied up.'),
        msg('Open the kanban preset: with one square too few, blocking starves the bottleneck. Pull done badly loses throughput too.'),
        msg('Close with the sweep: past the critical WIP, more WIP buys no throughput, only flow time.'),
      ];
    case 'engine':
      return [msg('The engine check runs any preset in Web Workers and shows the same JSON the command line prints.')];
    case 'board':
    case 'join':
      return [
        msg('Let everyone join before the first question: the board shows who is there. Late joiners land on the current step.'),
        msg('Reveal only when most have answered; the unanswered are marked, never waited for.'),
      ];
  }
}
