/** The challenges in words, in the page's language: the goal, and a result's figures. */
import { msg, str } from '@lit/localize';
import { formatDecimal } from '../../i18n/format.ts';
import { formatMoney, formatShare, formatWhole } from '../../lessons/launch/format.ts';
import { formatList, perHourWord } from '../../i18n/units.ts';
import { choiceWord } from './room-text.ts';
import type { ChallengeFigures } from '../../room/challenge-scenario.ts';
import type { ChallengeResult, StepView } from '../../room/protocol.ts';

/** The goal, as the board's and the phone's heading. */
export function challengeGoal(step: StepView): string {
  const target = step.target ?? 0;
  switch (step.challenge ?? 'batching') {
    case 'batching': {
      const t = formatDecimal(target, 1);
      return msg(str`Challenge: get the mean lead time below ${t} minutes`);
    }
    case 'kaizen': {
      const t = formatDecimal(target, 1);
      return msg(str`Challenge: one-piece flow below a mean lead time of ${t} minutes, with as few fixes as possible`);
    }
    case 'launch': {
      const t = formatMoney(target);
      const cap = formatShare(step.lossCap ?? 1, 0);
      return msg(str`Challenge: a launch strategy with an expected profit of at least ${t} and a loss in at most ${cap} of markets`);
    }
    case 'pull': {
      const t = formatDecimal(target, 2);
      const unit = perHourWord();
      return msg(str`Challenge: the smallest WIP cap that still delivers ${t} ${unit} or more`);
    }
  }
}

/** A run's figures in one sentence. */
export function figuresText(f: ChallengeFigures): string {
  switch (f.kind) {
    case 'kaizen': {
      const lead = formatDecimal(f.leadTime, 1);
      const wip = formatDecimal(f.wip, 1);
      return msg(str`mean lead time ${lead} minutes, mean WIP ${wip} units`);
    }
    case 'batching': {
      const lead = formatDecimal(f.leadTime, 1);
      return msg(str`mean lead time ${lead} minutes`);
    }
    case 'launch': {
      const profit = formatMoney(f.meanProfit);
      const loss = formatShare(f.probLoss);
      return msg(str`expected profit ${profit}, a loss in ${loss} of markets`);
    }
    case 'pull': {
      const tp = formatDecimal(f.throughput, 3);
      const unit = perHourWord();
      const wip = formatDecimal(f.wip, 1);
      return msg(str`throughput ${tp} ${unit}, mean WIP ${wip} units`);
    }
  }
}

/** The parameters a result was run with, in words. */
export function paramsText(r: ChallengeResult): string {
  switch (r.challenge) {
    case 'kaizen':
      return r.fixes.length === 0 ? msg('no fix') : formatList(r.fixes.map((f) => choiceWord('kaizen.first-fix', f)));
    case 'batching':
      return msg(str`transfer batch ${r.transferBatch}, move time ${formatDecimal(r.moveTime, 1)} min`);
    case 'launch': {
      const initial = formatWhole(r.initial);
      const rate = formatWhole(r.rate);
      return r.periods === 0 ? msg(str`${initial} before launch, no commitment`) : msg(str`${initial} before launch, ${rate} a period for ${r.periods} periods`);
    }
    case 'pull':
      return msg(str`WIP cap ${r.wipCap}`);
  }
}

export function resultFigures(r: ChallengeResult): ChallengeFigures {
  switch (r.challenge) {
    case 'batching':
      return { kind: 'batching', leadTime: r.leadTime, makespan: r.makespan };
    case 'kaizen':
      return { kind: 'kaizen', leadTime: r.leadTime, wip: r.wip };
    case 'launch':
      return { kind: 'launch', meanProfit: r.meanProfit, probLoss: r.probLoss };
    case 'pull':
      return { kind: 'pull', throughput: r.throughput, wip: r.wip };
  }
}
