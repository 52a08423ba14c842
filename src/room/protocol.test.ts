import { describe, expect, it } from 'vitest';
import { parseClientFrame, ROOM_LIMITS } from './protocol.ts';

const client = 'abcdefghijklmnopqrstuv';
const secret = 'S'.repeat(43);

describe('room protocol: parsing client frames', () => {
  it('accepts each message type', () => {
    const frames = [
      { t: 'create', id: 'm1', client },
      { t: 'hello', id: 'm2', code: 'K7M9QX', client, nickname: ' Aiko ' },
      { t: 'answer', id: 'm3', step: 1, choice: 'batch' },
      { t: 'submit', id: 'm4', step: 2, transferBatch: 5, moveTime: 0.5 },
      { t: 'advance', id: 'm5', secret, to: { kind: 'question', question: 'batching.finish', seconds: 60 } },
      { t: 'advance', id: 'm6', secret, to: { kind: 'challenge', target: 40 } },
      { t: 'reveal', id: 'm7', secret, step: 1 },
      { t: 'close', id: 'm8', secret, step: 1 },
      { t: 'remove', id: 'm9', secret, participant: '0123456789abcdef' },
    ];
    for (const f of frames) expect(parseClientFrame(JSON.stringify(f)).ok, f.t).toBe(true);
    const hello = parseClientFrame(JSON.stringify(frames[1]));
    expect(hello.ok && hello.message.t === 'hello' && hello.message.nickname, 'nickname trimmed').toBe('Aiko');
  });

  it('refuses malformed frames with a message naming the field and the value', () => {
    expect(parseClientFrame('{not json')).toMatchObject({ ok: false, error: 'frame: not JSON' });
    const badCode = parseClientFrame(JSON.stringify({ t: 'hello', id: 'm', code: 'K7M0QX', client }));
    expect(badCode).toMatchObject({ ok: false, id: 'm' });
    expect(!badCode.ok && badCode.error).toMatch(/^code: "K7M0QX" is not allowed/);
    const badBatch = parseClientFrame(JSON.stringify({ t: 'submit', id: 'm', step: 2, transferBatch: 51, moveTime: 0 }));
    expect(!badBatch.ok && badBatch.error).toMatch(/^transferBatch: 51 is not allowed/);
    expect(parseClientFrame(JSON.stringify({ t: 'answer', id: 'm', step: 1, choice: 'batch', extra: 1 })).ok, 'unknown key').toBe(false);
    expect(parseClientFrame(JSON.stringify({ t: 'nuke', id: 'm' })).ok).toBe(false);
    expect(parseClientFrame(JSON.stringify({ t: 'hello', id: 'm', code: 'K7M9QX', client, nickname: 'a\u0000b' })).ok, 'control character').toBe(false);
    expect(parseClientFrame(JSON.stringify({ t: 'hello', id: 'm', code: 'K7M9QX', client, nickname: 'x'.repeat(ROOM_LIMITS.maxNickname + 1) })).ok).toBe(false);
    expect(parseClientFrame(JSON.stringify({ t: 'advance', id: 'm', secret: 'short', to: { kind: 'lobby' } })).ok, 'forged short secret').toBe(false);
    expect(parseClientFrame(JSON.stringify({ t: 'submit', id: 'm', step: 2, transferBatch: 5, moveTime: Number.NaN })).ok, 'NaN becomes null').toBe(false);
  });

  it('refuses prototype-pollution keys anywhere', () => {
    for (const text of [
      '{"t":"answer","id":"m","step":1,"choice":"batch","__proto__":{"admin":true}}',
      '{"t":"advance","id":"m","secret":"' + secret + '","to":{"kind":"lobby","constructor":{"prototype":{"x":1}}}}',
    ]) {
      const r = parseClientFrame(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/key "(__proto__|constructor|prototype)" is not allowed/);
    }
    expect(({} as Record<string, unknown>).admin, 'Object.prototype untouched').toBeUndefined();
  });

  it('refuses oversized frames before parsing them', () => {
    const r = parseClientFrame(`{"t":"answer","id":"m","step":1,"choice":"${'x'.repeat(ROOM_LIMITS.maxFrameBytes)}"}`);
    expect(!r.ok && r.error).toMatch(/too long/);
  });

  it('lessons 3 and 4 and teams: the new messages, and a submission carries exactly one challenge’s parameters', () => {
    const ok = [
      { t: 'hello', id: 'n1', code: 'K7M9QX', client, nickname: 'Aiko', team: ' Red ' },
      { t: 'team', id: 'n2', team: '<b>x</b>' },
      { t: 'team', id: 'n3', team: null },
      { t: 'teams', id: 'n4', secret, teams: ['Red', 'Blue'] },
      { t: 'submit', id: 'n5', step: 2, launch: { initial: 500, rate: 0, periods: 0 } },
      { t: 'submit', id: 'n6', step: 2, wipCap: 10 },
      { t: 'submit', id: 'n6b', step: 2, fixes: [] },
      { t: 'submit', id: 'n6c', step: 2, fixes: ['process-batch', 'smed'] },
      { t: 'advance', id: 'n7', secret, to: { kind: 'challenge', challenge: 'launch', target: 1e6, lossCap: 0.1 } },
      { t: 'advance', id: 'n8', secret, to: { kind: 'question', question: 'pull.less-wip' } },
    ];
    for (const f of ok) expect(parseClientFrame(JSON.stringify(f)), JSON.stringify(f)).toMatchObject({ ok: true });
    const hello = parseClientFrame(JSON.stringify(ok[0]));
    expect(hello.ok && hello.message.t === 'hello' && hello.message.team, 'team trimmed').toBe('Red');
    const refused: [unknown, RegExp][] = [
      [{ t: 'submit', id: 'r1', step: 2, wipCap: 10, transferBatch: 1, moveTime: 0 }, /exactly one challenge/],
      [{ t: 'submit', id: 'r2', step: 2, transferBatch: 1 }, /exactly one challenge/],
      [{ t: 'submit', id: 'r3', step: 2 }, /exactly one challenge/],
      [{ t: 'submit', id: 'r3b', step: 2, fixes: ['smed', 'smed'] }, /^fixes: .*each fix once/],
      [{ t: 'submit', id: 'r3c', step: 2, fixes: ['<img src=x>'] }, /^fixes\.0: /],
      [{ t: 'submit', id: 'r4', step: 2, wipCap: 61 }, /^wipCap: 61 is not allowed/],
      [{ t: 'submit', id: 'r5', step: 2, launch: { initial: 0, rate: 40_001, periods: 3 } }, /^launch\.rate: 40001 is not allowed/],
      [{ t: 'submit', id: 'r6', step: 2, launch: { initial: 0, rate: 0, periods: 13 } }, /^launch\.periods: 13 is not allowed/],
      [{ t: 'team', id: 'r7', team: 'x'.repeat(ROOM_LIMITS.maxTeamName + 1) }, /^team: /],
      [{ t: 'team', id: 'r8', team: 'Re\u2028d' }, /^team: [\s\S]*no control characters/],
      [{ t: 'advance', id: 'r9', secret, to: { kind: 'challenge', challenge: 'flow', target: 1 } }, /^to\.challenge: "flow" is not allowed/],
      [{ t: 'advance', id: 'r10', secret, to: { kind: 'challenge', challenge: 'launch', target: 1, lossCap: 1.5 } }, /^to\.lossCap: 1\.5 is not allowed/],
    ];
    for (const [f, message] of refused) {
      const r = parseClientFrame(JSON.stringify(f));
      expect(r.ok, JSON.stringify(f)).toBe(false);
      expect(!r.ok && r.error, JSON.stringify(f)).toMatch(message);
    }
  });
});
