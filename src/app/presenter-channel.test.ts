import { describe, expect, it } from 'vitest';
import { currentStep, formatElapsed, readCommand, readRoomState, type RoomState } from './presenter-channel.ts';

const room: RoomState = {
  type: 'state',
  route: 'batching',
  lessonTitle: 'Lesson 1',
  steps: [
    { id: 'predict', title: 'Predict', section: 'predict', done: true },
    { id: 'watch', title: 'Watch', section: 'watch', done: false },
  ],
  current: 1,
  notes: ['Ask the room to predict.'],
  actions: [{ id: 'reveal', label: 'Show the results now', disabled: false }],
  locale: 'en',
};

describe('presenter channel messages', () => {
  it('reads the commands the presenter window sends, and nothing else', () => {
    expect(readCommand({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(readCommand({ type: 'command', command: 'next-step' })).toEqual({ type: 'command', command: 'next-step' });
    expect(readCommand({ type: 'go-route', route: 'launch' })).toEqual({ type: 'go-route', route: 'launch' });
    expect(readCommand({ type: 'press', id: 'run-many' })).toEqual({ type: 'press', id: 'run-many' });
    expect(readCommand({ type: 'go-step', section: 'results' })).toEqual({ type: 'go-step', section: 'results' });
    // 'notes' would open a window from the other window: not a presenter command.
    expect(readCommand({ type: 'command', command: 'notes' })).toBeNull();
    expect(readCommand({ type: 'go-route', route: 'elsewhere' })).toBeNull();
    // Ids and sections go into selectors: only word characters and hyphens.
    expect(readCommand({ type: 'press', id: 'x"], script' })).toBeNull();
    expect(readCommand({ type: 'go-step', section: 'a b' })).toBeNull();
    expect(readCommand(null)).toBeNull();
    expect(readCommand('hello')).toBeNull();
  });

  it('reads a room state back as it was posted', () => {
    expect(readRoomState(JSON.parse(JSON.stringify(room)))).toEqual(room);
  });

  it('refuses a room state of the wrong shape, and keeps the current step in range', () => {
    expect(readRoomState({ ...room, route: 'nowhere' })).toBeNull();
    expect(readRoomState({ ...room, steps: [{ id: 1 }] })).toBeNull();
    expect(readRoomState({ ...room, actions: 'x' })).toBeNull();
    expect(readRoomState({ ...room, current: 1.5 })).toBeNull();
    expect(readRoomState({ ...room, current: 7 })?.current).toBe(-1);
  });

  it('names the first step not done as the current one', () => {
    expect(currentStep([{ done: true }, { done: false }, { done: false }])).toBe(1);
    expect(currentStep([{ done: true }])).toBe(-1);
  });

  it('shows the session clock as m:ss, then h:mm:ss', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(59_999)).toBe('0:59');
    expect(formatElapsed(61_000)).toBe('1:01');
    expect(formatElapsed(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
