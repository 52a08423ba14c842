/**
 * The room as CSV files (src/export/csv.ts conventions: metadata block, then the table):
 * every answer to every question asked, and the challenge's ranked results. Nicknames are
 * cells (csvText escapes formulas), never interpreted.
 */
import { toCsv, type CsvCell } from '../../export/csv.ts';
import type { BoardView, ChallengeResult, PastStep } from '../../room/protocol.ts';
import { RNG_ALGORITHM } from '../../sim/rng/stream.ts';
import { ENGINE_VERSION } from '../../sim/version.ts';

export const ANSWER_HEADERS = ['step', 'question', 'participant', 'team', 'answer', 'engine answer', 'engine by', 'unit'] as const;
/** One layout for every challenge: the columns of the others stay empty. */
export const RESULT_HEADERS = [
  'rank',
  'participant',
  'team',
  'challenge',
  'transfer batch',
  'move time',
  'mean lead time',
  'makespan',
  'fixes',
  'initial',
  'commit rate',
  'commit periods',
  'expected profit',
  'chance of a loss',
  'WIP cap',
  'throughput',
  'mean WIP',
  'beats target',
  'target',
  'loss cap',
] as const;
export const TEAM_HEADERS = ['rank', 'team', 'members', 'submitted', 'best by', 'challenge', 'best figure', 'beats target'] as const;

/** Every question of the room: the history, then the current one once revealed. */
export function askedQuestions(view: BoardView): PastStep[] {
  const out = [...view.history];
  const s = view.step;
  if (s.kind === 'question' && s.question && s.revealed) {
    const answers: Record<string, string> = {};
    for (const p of view.participants) if (p.answer !== undefined) answers[p.id] = p.answer;
    out.push({ no: s.no, question: s.question, answers, ...(s.outcome ? { outcome: s.outcome } : {}) });
  }
  return out;
}

export function answersCsv(view: BoardView): string {
  const rows: CsvCell[][] = [];
  for (const q of askedQuestions(view)) {
    for (const p of view.participants) rows.push([q.no, q.question, p.nickname, p.team ?? '', q.answers[p.id] ?? '', q.outcome?.choice, q.outcome?.by, q.outcome?.unit]);
  }
  return toCsv({ headers: ANSWER_HEADERS, rows }, { title: `Room ${view.code}: answers`, engineVersion: ENGINE_VERSION, rng: RNG_ALGORITHM, note: 'empty answer = did not answer' });
}

/** The cells of one result after rank, participant, team: the challenge, its parameters and figures (others empty). */
function resultCells(r: ChallengeResult): CsvCell[] {
  const b = r.challenge === 'batching' ? [r.transferBatch, r.moveTime, r.leadTime, r.makespan] : r.challenge === 'kaizen' ? ['', '', r.leadTime, ''] : ['', '', '', ''];
  const k = r.challenge === 'kaizen' ? [r.fixes.join(' ')] : [''];
  const l = r.challenge === 'launch' ? [r.initial, r.rate, r.periods, r.meanProfit, r.probLoss] : ['', '', '', '', ''];
  const p = r.challenge === 'pull' ? [r.wipCap, r.throughput, r.wip] : r.challenge === 'kaizen' ? ['', '', r.wip] : ['', '', ''];
  return [r.challenge, ...b, ...k, ...l, ...p];
}

export function resultsCsv(view: BoardView): string {
  const rows: CsvCell[][] = view.ranking.map((r, i) => [i + 1, r.nickname, r.team ?? '', ...resultCells(r), r.beats, view.step.target, view.step.lossCap]);
  return toCsv({ headers: RESULT_HEADERS, rows }, { title: `Room ${view.code}: challenge results (re-run by the server's engine)`, engineVersion: ENGINE_VERSION, rng: RNG_ALGORITHM });
}

/** The figure a challenge ranks by: mean lead time, expected profit, or the WIP cap. */
export function rankingFigure(r: ChallengeResult): number {
  return r.challenge === 'batching' || r.challenge === 'kaizen' ? r.leadTime : r.challenge === 'launch' ? r.meanProfit : r.wipCap;
}

export function teamsCsv(view: BoardView): string {
  const by = { batching: 'mean lead time', kaizen: 'mean lead time', launch: 'expected profit', pull: 'WIP cap' } as const;
  const rows: CsvCell[][] = view.teamRanking.map((t, i) => [i + 1, t.team, t.members, t.submitted, t.best?.nickname, t.best?.challenge, t.best ? rankingFigure(t.best) : undefined, t.best?.beats]);
  const kind = view.step.challenge ?? 'batching';
  return toCsv({ headers: TEAM_HEADERS, rows }, { title: `Room ${view.code}: teams side by side (best submission each, by ${by[kind]})`, engineVersion: ENGINE_VERSION, rng: RNG_ALGORITHM });
}
