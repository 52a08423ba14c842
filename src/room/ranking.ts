/**
 * How a challenge's submissions are judged and ranked, and the teams side by side. DOM-free:
 * the server builds the board's ranking with it.
 *
 * - Lesson 1 (batching): beats when the mean lead time is below the target; shortest first.
 * - Lesson 2 (kaizen): beats when the mean lead time of the line in one-piece flow with the
 *   chosen fixes is below the target; those that beat first, then the fewest fixes, then the
 *   shortest lead time.
 * - Lesson 3 (launch): beats when the expected profit reaches the target and the share of
 *   markets losing money is at most the cap; those that beat first, then the highest expected
 *   profit, then the lowest chance of a loss.
 * - Lesson 4 (pull): beats when the throughput is at least the target; those that beat
 *   first, then the smallest WIP cap (the point of the challenge), then the highest throughput.
 */
import type { ChallengeFigures } from './challenge-scenario.ts';
import type { ChallengeResult, StepView, TeamResult } from './protocol.ts';

/** Whether figures beat the step's target (and, lesson 3, its loss cap). */
export function beatsTarget(figures: ChallengeFigures, step: Pick<StepView, 'target' | 'lossCap'>): boolean {
  const target = step.target ?? 0;
  switch (figures.kind) {
    case 'batching':
    case 'kaizen':
      return figures.leadTime < target;
    case 'launch':
      return figures.meanProfit >= target && figures.probLoss <= (step.lossCap ?? 1);
    case 'pull':
      return figures.throughput >= target;
  }
}

/** Negative when `a` ranks before `b`. Results of one step are all of one challenge. */
export function compareResults(a: ChallengeResult, b: ChallengeResult): number {
  const byName = a.nickname.localeCompare(b.nickname) || a.participant.localeCompare(b.participant);
  if (a.challenge === 'batching' && b.challenge === 'batching') return a.leadTime - b.leadTime || byName;
  const beats = Number(b.beats) - Number(a.beats);
  if (beats !== 0) return beats;
  if (a.challenge === 'kaizen' && b.challenge === 'kaizen') return a.fixes.length - b.fixes.length || a.leadTime - b.leadTime || byName;
  if (a.challenge === 'launch' && b.challenge === 'launch') return b.meanProfit - a.meanProfit || a.probLoss - b.probLoss || byName;
  if (a.challenge === 'pull' && b.challenge === 'pull') return a.wipCap - b.wipCap || b.throughput - a.throughput || byName;
  return byName;
}

/** Each team's best submission, best team first; teams without a submission last, by name. */
export function rankTeams(results: readonly ChallengeResult[], members: readonly { readonly team?: string | undefined }[], listed: readonly string[] = []): TeamResult[] {
  const teams = new Map<string, { members: number; results: ChallengeResult[] }>();
  const entry = (name: string) => {
    let e = teams.get(name);
    if (!e) teams.set(name, (e = { members: 0, results: [] }));
    return e;
  };
  for (const name of listed) entry(name);
  for (const m of members) if (m.team !== undefined) entry(m.team).members++;
  for (const r of results) if (r.team !== undefined) entry(r.team).results.push(r);
  const out: TeamResult[] = [...teams].map(([team, e]) => ({ team, members: e.members, submitted: e.results.length, best: [...e.results].sort(compareResults)[0] ?? null }));
  return out.sort((a, b) => (a.best && b.best ? compareResults(a.best, b.best) : a.best ? -1 : b.best ? 1 : 0) || a.team.localeCompare(b.team));
}
