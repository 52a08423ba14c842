/**
 * The room as CSV files (src/export/csv.ts conventions: metadata block, then the table):
 * every answer to every question asked, and the challenge's ranked results. Nicknames are
 * cells (csvText escapes formulas), never interpreted.
 */
import { toCsv, type CsvCell } from '../../export/csv.ts';
import type { BoardView, PastStep } from '../../room/protocol.ts';
import { RNG_ALGORITHM } from '../../sim/rng/stream.ts';
import { ENGINE_VERSION } from '../../sim/version.ts';

export const ANSWER_HEADERS = ['step', 'question', 'participant', 'answer', 'engine answer', 'engine by', 'time unit'] as const;
export const RESULT_HEADERS = ['rank', 'participant', 'transfer batch', 'move time', 'mean lead time', 'makespan', 'beats target', 'target'] as const;

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
  const names = new Map(view.participants.map((p) => [p.id, p.nickname]));
  const rows: CsvCell[][] = [];
  for (const q of askedQuestions(view)) {
    const people = view.participants.map((p) => p.id);
    for (const id of people) rows.push([q.no, q.question, names.get(id) ?? id, q.answers[id] ?? '', q.outcome?.choice, q.outcome?.by, q.outcome?.unit]);
  }
  return toCsv({ headers: ANSWER_HEADERS, rows }, { title: `Room ${view.code}: answers`, engineVersion: ENGINE_VERSION, rng: RNG_ALGORITHM, note: 'empty answer = did not answer' });
}

export function resultsCsv(view: BoardView): string {
  const rows: CsvCell[][] = view.ranking.map((r, i) => [i + 1, r.nickname, r.transferBatch, r.moveTime, r.leadTime, r.makespan, r.beats, view.step.target]);
  return toCsv({ headers: RESULT_HEADERS, rows }, { title: `Room ${view.code}: challenge results (re-run by the server's engine)`, engineVersion: ENGINE_VERSION, rng: RNG_ALGORITHM });
}
