import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLessonWorkerClient, type LessonWorkerPort } from './lesson-worker.ts';
import { answerLessonWork, doLessonWork, type LessonWorkReply } from '../lessons/lesson-work.ts';
import { parseScenario } from '../scenario/index.ts';
import type { FlowLineScenario } from '../scenario/types.ts';
import { runPair, runTraced } from '../lessons/batching/paired-run.ts';
import { buildLog } from '../lessons/kaizen/kaizen-log.ts';
import { INTENDED_IMPROVEMENTS } from '../lessons/kaizen/it-failed-before.ts';
import { lineReplay, pairReplay } from '../lessons/batching/replay.ts';

function preset(file: string): FlowLineScenario {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL(`../../public/scenarios/${file}`, import.meta.url), 'utf8')));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error(`${file} is not a flow-line scenario`);
  return parsed.scenario;
}

/** A port that answers in this thread, asynchronously and through structured clone, as a Web Worker does. */
function inThreadPort(log: unknown[] = []): LessonWorkerPort {
  let listener: (data: unknown) => void = () => {};
  return {
    postMessage: (message) => {
      const copy = structuredClone(message);
      log.push(copy);
      setTimeout(() => {
        const reply = answerLessonWork(copy);
        if (reply) listener(structuredClone(reply));
      }, 0);
    },
    onMessage: (l) => (listener = l),
    onError: () => {},
    terminate: () => {},
  };
}

const illusion = preset('batching-illusion.json');
const itFailed = preset('it-failed-before.json');

describe('lesson work', () => {
  it('gives lesson 1 exactly runPair, after a round trip through structured clone', async () => {
    const ask = createLessonWorkerClient(() => inThreadPort());
    const { pair, replays } = await ask({ kind: 'paired-run', scenario: illusion, replication: 2 });
    expect(pair).toEqual(runPair(illusion, 2));
    expect(pair.replication).toBe(2);
    expect(replays).toEqual(pairReplay(runPair(illusion, 2)));
    expect(replays.batch.paths.units.length).toBeGreaterThan(0);
  });

  it("gives lesson 2 exactly buildLog and the two traced lines, with the trainee's expectations kept", async () => {
    const ask = createLessonWorkerClient(() => inThreadPort());
    const steps = INTENDED_IMPROVEMENTS.slice(0, 2);
    const expectations = new Map([[steps[0]!.id, { direction: 'down' as const, by: 10 }]]);
    const result = await ask({ kind: 'kaizen', original: itFailed, improvements: steps, expectations, withBatchLine: true });
    const built = buildLog(itFailed, steps, expectations);
    expect(result.built).toEqual(built);
    expect(built.ok && built.log.entries[0]?.expected).toEqual({ direction: 'down', by: 10 });
    const flow = built.ok ? runTraced('flow', built.line, 0) : null;
    expect(result.flow).toEqual(flow && { run: flow, replay: lineReplay(flow) });
    const batch = runTraced('batch', itFailed, 0);
    expect(result.batch).toEqual({ run: batch, replay: lineReplay(batch) });
    const without = await ask({ kind: 'kaizen', original: itFailed, improvements: [], expectations: new Map(), withBatchLine: false });
    expect(without.batch).toBeNull();
  });

  it('reports improvements that do not apply as a log that was not built, with no line run', () => {
    const result = doLessonWork({
      kind: 'kaizen',
      original: itFailed,
      improvements: [{ id: 'x', kind: 'remove-element', station: 'Nowhere', element: 'nothing' } as never],
      expectations: new Map(),
      withBatchLine: false,
    });
    expect(result.built.ok).toBe(false);
    expect(result.flow).toBeNull();
  });

  it('answers a failure as a failure, with its message, and ignores what is not a request', () => {
    const reply = answerLessonWork({ id: 7, work: { kind: 'paired-run', scenario: null, replication: 0 } }) as LessonWorkReply;
    expect(reply.id).toBe(7);
    expect(reply.ok).toBe(false);
    expect(answerLessonWork('hello')).toBeNull();
    expect(answerLessonWork({ work: {} })).toBeNull();
  });

  it('runs on the main thread where there are no workers', async () => {
    const ask = createLessonWorkerClient(() => null);
    expect((await ask({ kind: 'paired-run', scenario: illusion, replication: 0 })).pair).toEqual(runPair(illusion, 0));
  });

  it('rejects what was pending when the worker fails, and makes a new worker for the next request', async () => {
    const made: { error: (m: string) => void; terminated: boolean }[] = [];
    let spawns = 0;
    const ask = createLessonWorkerClient(() => {
      spawns++;
      if (spawns === 1) {
        const broken = { error: (_m: string) => {}, terminated: false };
        made.push(broken);
        return {
          postMessage: () => setTimeout(() => broken.error('out of memory'), 0),
          onMessage: () => {},
          onError: (l) => (broken.error = l),
          terminate: () => (broken.terminated = true),
        };
      }
      return inThreadPort();
    });
    await expect(ask({ kind: 'paired-run', scenario: illusion, replication: 0 })).rejects.toThrow("The lesson's worker failed: out of memory");
    expect(made[0]?.terminated).toBe(true);
    expect((await ask({ kind: 'paired-run', scenario: illusion, replication: 0 })).pair).toEqual(runPair(illusion, 0));
    expect(spawns).toBe(2);
  });

  it('matches answers to requests by id when they come back out of order', async () => {
    const posted: { id: number; work: unknown }[] = [];
    let listener: (data: unknown) => void = () => {};
    const ask = createLessonWorkerClient(() => ({
      postMessage: (m) => posted.push(m as { id: number; work: unknown }),
      onMessage: (l) => (listener = l),
      onError: () => {},
      terminate: () => {},
    }));
    const first = ask({ kind: 'paired-run', scenario: illusion, replication: 0 });
    const second = ask({ kind: 'paired-run', scenario: illusion, replication: 1 });
    listener(answerLessonWork(posted[1]));
    listener(answerLessonWork(posted[0]));
    expect((await first).pair.replication).toBe(0);
    expect((await second).pair.replication).toBe(1);
  });
});
