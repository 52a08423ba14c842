import { describe, expect, it } from 'vitest';
import { fragmentOf, parseFragment } from './routes.ts';

describe('parseFragment', () => {
  it('opens the first lesson on an empty fragment', () => {
    expect(parseFragment('')).toEqual({ route: 'batching', query: '', unknown: false });
    expect(parseFragment('#')).toEqual({ route: 'batching', query: '', unknown: false });
  });
  it('reads the screen and its state', () => {
    expect(parseFragment('#/launch?s=abc')).toEqual({ route: 'launch', query: 's=abc', unknown: false });
    expect(parseFragment('#engine')).toEqual({ route: 'engine', query: '', unknown: false });
  });
  it('flags an unknown screen and keeps the default', () => {
    expect(parseFragment('#/<script>')).toEqual({ route: 'batching', query: '', unknown: true });
    expect(parseFragment('#/__proto__')).toEqual({ route: 'batching', query: '', unknown: true });
  });
  it('reads the room screens, and a join address with its code', () => {
    expect(parseFragment('#/board')).toEqual({ route: 'board', query: '', unknown: false });
    expect(parseFragment('#/room/K7M9QX')).toEqual({ route: 'join', query: 'code=K7M9QX', unknown: false });
    expect(parseFragment('#/room/<img>')).toEqual({ route: 'batching', query: '', unknown: true });
  });
  it('round-trips', () => {
    expect(parseFragment(fragmentOf('launch', 'a=1'))).toEqual({ route: 'launch', query: 'a=1', unknown: false });
  });
});
