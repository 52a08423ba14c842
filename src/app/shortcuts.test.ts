import { describe, expect, it } from 'vitest';
import { commandFor, SHORTCUTS } from './shortcuts.ts';

const body = { tag: 'body' };

describe('keyboard shortcuts', () => {
  it('maps the workshop keys on the page', () => {
    expect(commandFor({ key: ' ' }, body)).toBe('toggle-play');
    expect(commandFor({ key: 'ArrowRight' }, body)).toBe('step-forward');
    expect(commandFor({ key: 'ArrowLeft' }, body)).toBe('step-back');
    expect(commandFor({ key: 'r' }, body)).toBe('reset');
    expect(commandFor({ key: 'N' }, body)).toBe('next-step');
    expect(commandFor({ key: 'p' }, body)).toBe('previous-step');
    expect(commandFor({ key: 's' }, body)).toBe('notes');
    expect(commandFor({ key: '?' }, body)).toBe('help');
    expect(commandFor({ key: 'x' }, body)).toBeNull();
  });
  it('never takes a key a control needs', () => {
    expect(commandFor({ key: 'r' }, { tag: 'input', type: 'text' })).toBeNull();
    expect(commandFor({ key: 'ArrowRight' }, { tag: 'input', type: 'range' })).toBeNull();
    expect(commandFor({ key: ' ' }, { tag: 'button' })).toBeNull();
    expect(commandFor({ key: 'n' }, { tag: 'select' })).toBeNull();
    expect(commandFor({ key: 'n' }, { tag: 'div', editable: true })).toBeNull();
    // A button needs Space and Enter, not N or the arrows.
    expect(commandFor({ key: 'n' }, { tag: 'button' })).toBe('next-step');
    expect(commandFor({ key: 'ArrowLeft' }, { tag: 'button' })).toBe('step-back');
  });
  it('leaves modifier combinations to the browser', () => {
    expect(commandFor({ key: 'r', ctrlKey: true }, body)).toBeNull();
    expect(commandFor({ key: 'p', metaKey: true }, body)).toBeNull();
  });
  it('lists every command once', () => {
    expect(new Set(SHORTCUTS.map((s) => s.command)).size).toBe(SHORTCUTS.length);
  });
});
