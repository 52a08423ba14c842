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
});
