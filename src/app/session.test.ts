import { describe, expect, it } from 'vitest';
import { emptySession, GUIDED_PATH, markDone, MAX_RECORDS, readSession } from './session.ts';

describe('the workshop session', () => {
  it('marks steps done once, keeps records, and reads itself back', () => {
    let s = markDone(emptySession(), 'batching', 'predict', { at: 1, kind: 'prediction', text: 'One-piece flow first, by 30 min.' });
    s = markDone(s, 'batching', 'predict');
    s = markDone(s, 'batching', 'watch');
    expect(s.done).toEqual({ batching: ['predict', 'watch'] });
    expect(s.records).toEqual([{ lesson: 'batching', at: 1, kind: 'prediction', text: 'One-piece flow first, by 30 min.' }]);
    expect(readSession(JSON.stringify(s))).toEqual(s);
  });

  it('keeps checked predictions and undone steps, and drops kinds it does not know', () => {
    let s = markDone(emptySession(), 'batching', 'reveal', { at: 1, kind: 'verdict', text: 'Right.' });
    s = markDone(s, 'kaizen', 'improve', { at: 2, kind: 'undo', text: 'Undid step 1' });
    expect(readSession(JSON.stringify(s))).toEqual(s);
    expect(readSession(JSON.stringify({ done: {}, records: [{ lesson: 'batching', at: 1, kind: 'gossip', text: 'x' }] })).records).toEqual([]);
  });

  it('ignores unknown steps and keeps the last records only', () => {
    let s = markDone(emptySession(), 'launch', 'no-such-step');
    expect(s.done).toEqual({});
    for (let i = 0; i < MAX_RECORDS + 5; i++) s = markDone(s, 'launch', 'run', { at: i, kind: 'result', text: `run ${i}` });
    expect(s.records).toHaveLength(MAX_RECORDS);
    expect(s.records[0]?.text).toBe('run 5');
  });

  it('treats what is stored as untrusted: garbage and wrong shapes give an empty or filtered session', () => {
    expect(readSession('{not json')).toEqual(emptySession());
    expect(readSession('null')).toEqual(emptySession());
    expect(readSession('"x"')).toEqual(emptySession());
    const mixed = readSession(
      JSON.stringify({
        done: { batching: ['predict', 7, 'bogus'], __proto__: ['x'], engine: ['a'] },
        records: [{ lesson: 'batching', at: 1, kind: 'result', text: 'ok' }, { lesson: 'x', at: 1, kind: 'result', text: 'no' }, { lesson: 'kaizen', at: 'now', kind: 'step', text: 'no' }, 5],
      }),
    );
    expect(mixed).toEqual({ done: { batching: ['predict'] }, records: [{ lesson: 'batching', at: 1, kind: 'result', text: 'ok' }] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('has a debrief and at least four steps for every lesson, with unique ids', () => {
    for (const lesson of Object.values(GUIDED_PATH)) {
      expect(lesson.steps.length).toBeGreaterThanOrEqual(4);
      expect(lesson.debrief.length).toBeGreaterThanOrEqual(2);
      expect(lesson.tryNext.length, 'what to try next').toBeGreaterThanOrEqual(2);
      expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length);
    }
  });
});
