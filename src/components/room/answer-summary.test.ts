import { describe, expect, it } from 'vitest';
import type { BoardView, StepView } from '../../room/protocol.ts';
import { answerRows, answerSummary } from './answer-summary.ts';
import { answersCsv, resultsCsv } from './room-csv.ts';

const revealed: StepView = {
  no: 2,
  kind: 'question',
  question: 'batching.finish',
  closed: true,
  revealed: true,
  distribution: { batch: 13, flow: 5 },
  outcome: { choice: 'flow', by: 87.46, unit: 'minute' },
};

describe('the room’s answers in words', () => {
  it('one row per choice, in the question’s order, the engine’s marked', () => {
    expect(answerRows('batching.finish', revealed)).toEqual([
      { choice: 'batch', count: 13, isOutcome: false },
      { choice: 'flow', count: 5, isOutcome: true },
      { choice: 'same', count: 0, isOutcome: false },
    ]);
  });

  it('says how many expected what, who did not answer, and what the engine gave', () => {
    // 20 in the room, 18 answered: 2 did not.
    expect(answerSummary('batching.finish', revealed, 20)).toBe(
      '13 of 20 expected the batch line to finish first. 2 did not answer. The engine: one-piece flow, by 87.5 minutes.',
    );
  });
});

describe('the room as CSV', () => {
  const view: BoardView = {
    role: 'presenter',
    code: 'K7M9QX',
    step: { ...revealed, distribution: { batch: 1, flow: 1 } },
    participants: [
      { id: 'a', nickname: 'Aiko', team: 'Red', connected: true, answered: true, answer: 'batch' },
      { id: 'b', nickname: '=HYPERLINK("x")', connected: false, answered: true, answer: 'flow' },
      { id: 'c', nickname: 'Chen', connected: true, answered: false },
    ],
    answered: 2,
    total: 3,
    ranking: [{ participant: 'a', nickname: 'Aiko', team: 'Red', challenge: 'batching', transferBatch: 1, moveTime: 0.5, leadTime: 42.5, makespan: 80, beats: true }],
    teamRanking: [],
    teams: ['Red'],
    history: [],
  };

  it('lists every participant’s answer, an empty cell for no answer, and neutralises formulas', () => {
    const lines = answersCsv(view).trim().split('\r\n');
    const table = lines.slice(lines.indexOf('step,question,participant,team,answer,engine answer,engine by,unit'));
    expect(table).toEqual([
      'step,question,participant,team,answer,engine answer,engine by,unit',
      '2,batching.finish,Aiko,Red,batch,flow,87.46,minute',
      `2,batching.finish,"'=HYPERLINK(""x"")",,flow,flow,87.46,minute`,
      '2,batching.finish,Chen,,,flow,87.46,minute',
    ]);
  });

  it('ranks the challenge results', () => {
    const lines = resultsCsv(view).trim().split('\r\n');
    expect(lines.at(-1)).toBe('1,Aiko,Red,batching,1,0.5,42.5,80,,,,,,,,,true,,');
  });
});
