import { afterEach, describe, expect, it } from 'vitest';
import './launch-ledger-chart.ts';
import type { GenbaLaunchLedgerChart } from './launch-ledger-chart.ts';
import { ledgerSummary, strategyLedger } from '../../lessons/launch/ledger.ts';
import { HAND, handResult } from '../../lessons/launch/test-fixtures.ts';
import { attr, caption, chartSvg, mount, svgSnapshot, tableRows } from './launch-chart-test-helpers.ts';

const names = ['good', 'bad'];
const half = (key: 'launch' | 'pilot', q0: number) =>
  strategyLedger(key, handResult(q0, { good: { share: 0.5, ...HAND[key].good }, bad: { share: 0.5, ...HAND[key].bad } }), names);
const ledgers = [half('launch', 30000), half('pilot', 500)];

async function chart(partial: { done: number; total: number } | null = null): Promise<GenbaLaunchLedgerChart> {
  const el = document.createElement('genba-launch-ledger-chart');
  el.ledgers = ledgers;
  el.horizon = 12;
  el.partial = partial;
  return mount(el);
}

afterEach(() => document.body.replaceChildren());

describe('genba-launch-ledger-chart', () => {
  it('draws real loss solid and lost opportunity hatched, side by side, by state and overall', async () => {
    const el = await chart();
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/launch-ledger.svg');
    const summary = `Real loss against lost opportunity. ${ledgerSummary(ledgers)}`;
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);

    // x: 0…251,400 niced to 0…300,000 over 640 − 150 − 64 = 426 units.
    const real = [...el.shadowRoot!.querySelectorAll('g.row.launch rect.bar.real')].map((r) => r.getAttribute('width'));
    expect(real).toEqual(['0', '356.988', '178.494']); // good 0, bad 251,400, all 125,700
    const missed = [...el.shadowRoot!.querySelectorAll('g.row.pilot rect.bar.missed')];
    expect(missed.map((r) => r.getAttribute('width'))).toEqual(['335.12', '0', '167.56']); // 236,000 · 0 · 118,000
    expect(missed.every((r) => r.getAttribute('fill') === 'url(#ledger-missed-pilot)' && r.getAttribute('stroke-dasharray') === '4 2')).toBe(true);
    const ticks = [...el.shadowRoot!.querySelectorAll('g.x-axis .tick text')].map((t) => t.textContent);
    expect(ticks).toEqual(['0', '50k', '100k', '150k', '200k', '250k', '300k']);
    expect(el.shadowRoot!.querySelector('text.x-label')?.textContent?.trim()).toBe('Mean per market over 12 months (currency units)');

    expect(tableRows(el)).toEqual([
      ['Launch 30,000, good market', '50.0%', '0', '0', '2,880,000'],
      ['Launch 30,000, bad market', '50.0%', '251,400', '0', '−203,400'],
      ['Launch 30,000, all markets', '100.0%', '125,700', '0', '1,338,300'],
      ['Pilot 500, good market', '50.0%', '0', '236,000', '2,644,000'],
      ['Pilot 500, bad market', '50.0%', '0', '0', '48,000'],
      ['Pilot 500, all markets', '100.0%', '0', '118,000', '1,346,000'],
    ]);
  });

  it('says when the figures are partial', async () => {
    const el = await chart({ done: 2500, total: 10000 });
    expect(caption(el)).toMatch(/^Real loss against lost opportunity \(partial: 2,500 of 10,000 markets\)\./);
  });
});
