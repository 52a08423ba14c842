import { afterEach, describe, expect, it } from 'vitest';
import './genba-session-summary.ts';
import type { GenbaSessionSummary } from './genba-session-summary.ts';
import { emptySession, markDone } from '../../app/session.ts';

afterEach(() => document.body.replaceChildren());

async function mounted(): Promise<GenbaSessionSummary> {
  const el = document.createElement('genba-session-summary');
  el.session = markDone(emptySession(), 'batching', 'predict', { at: Date.UTC(2026, 10, 22, 9, 5), kind: 'prediction', text: 'One-piece flow finishes first.' });
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('genba-session-summary', () => {
  it('writes nothing until the page prints', async () => {
    const el = await mounted();
    expect(el.shadowRoot!.querySelector('h1')).toBeNull();
    expect(el.shadowRoot!.textContent?.trim()).toBe('');
  });

  it('is complete as soon as beforeprint returns (the browser lays out the printout straight after)', async () => {
    const el = await mounted();
    window.dispatchEvent(new Event('beforeprint'));
    // No await: the update was performed synchronously.
    expect(el.shadowRoot!.querySelector('h1')?.textContent).toBe('Genba: session summary');
    const rows = [...el.shadowRoot!.querySelectorAll('tr')].map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Predicted');
    expect(rows[0]).toContain('One-piece flow finishes first.');
  });

  it('follows the session after printing once', async () => {
    const el = await mounted();
    el.prepare(Date.UTC(2026, 10, 22, 10, 0));
    el.session = markDone(el.session, 'kaizen', 'numbers', { at: Date.UTC(2026, 10, 22, 10, 1), kind: 'result', text: 'Lead time 42 min.' });
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('tr')].map((r) => r.textContent)).toEqual([
      expect.stringContaining('One-piece flow finishes first.'),
      expect.stringContaining('Lead time 42 min.'),
    ]);
  });

  it('says whether each prediction was right, lists the steps undone, and ends each lesson with what to try next', async () => {
    const el = await mounted();
    let session = markDone(el.session, 'batching', 'reveal', { at: Date.UTC(2026, 10, 22, 9, 9), kind: 'verdict', text: 'First good unit: you said one-piece flow; it was one-piece flow. Right.' });
    session = markDone(session, 'kaizen', 'improve', { at: Date.UTC(2026, 10, 22, 9, 30), kind: 'undo', text: 'Undid step 2: Press: die change down by 5 min' });
    el.session = session;
    el.prepare(Date.UTC(2026, 10, 22, 10, 0));
    const rows = [...el.shadowRoot!.querySelectorAll('tr')].map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      expect.stringMatching(/Predicted One-piece flow finishes first\.$/),
      expect.stringMatching(/Checked First good unit: .* Right\.$/),
      expect.stringMatching(/Undone Undid step 2: Press: die change down by 5 min$/),
    ]);
    // One "what to try next" per lesson shown (two lessons have records), after its records.
    const sections = [...el.shadowRoot!.querySelectorAll('section')];
    expect(sections).toHaveLength(2);
    for (const section of sections) {
      expect(section.querySelector('h3')?.textContent).toBe('What to try next');
      expect(section.querySelectorAll('ul.next li').length).toBeGreaterThanOrEqual(2);
      expect(section.lastElementChild?.matches('ul.next'), 'at the end of the lesson').toBe(true);
    }
  });
});
