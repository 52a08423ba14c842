import { describe, expect, it } from 'vitest';
import type { BoardView, StepView } from '../../room/protocol.ts';
import { answerRows, answerSummary } from './answer-summary.ts';
import { answersCsv, resultsCsv, teamsCsv } from './room-csv.ts';

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
    expect(lines.at(-1)).toBe('1,Aiko,Red,batching,1,0.5,42.5,80,,,,,,,,,,true,,');
  });

  it('puts each challenge’s parameters and figures in its own columns, and the teams side by side', () => {
    const pullView: BoardView = {
      ...view,
      step: { no: 3, kind: 'challenge', challenge: 'pull', target: 0.8, closed: false, revealed: false },
      ranking: [
        { participant: 'a', nickname: 'Aiko', team: 'Red', challenge: 'pull', wipCap: 6, throughput: 0.81, wip: 5.5, beats: true },
        { participant: 'c', nickname: 'Chen', challenge: 'kaizen', fixes: ['smed', 'check'], leadTime: 99.5, wip: 30.25, beats: false },
      ],
      teamRanking: [{ team: 'Red', members: 1, submitted: 1, best: { participant: 'a', nickname: 'Aiko', team: 'Red', challenge: 'pull', wipCap: 6, throughput: 0.81, wip: 5.5, beats: true } }],
    };
    const lines = resultsCsv(pullView).trim().split('\r\n');
    const header = lines.indexOf('rank,participant,team,challenge,transfer batch,move time,mean lead time,makespan,fixes,initial,commit rate,commit periods,expected profit,chance of a loss,WIP cap,throughput,mean WIP,beats target,target,loss cap');
    expect(header).toBeGreaterThan(-1);
    expect(lines.slice(header + 1)).toEqual(['1,Aiko,Red,pull,,,,,,,,,,,6,0.81,5.5,true,0.8,', '2,Chen,,kaizen,,,99.5,,smed check,,,,,,,,30.25,false,0.8,']);
    expect(teamsCsv(pullView).trim().split('\r\n').slice(-2)).toEqual(['rank,team,members,submitted,best by,challenge,best figure,beats target', '1,Red,1,1,Aiko,pull,6,true']);
  });
});
