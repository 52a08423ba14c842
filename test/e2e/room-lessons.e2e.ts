/**
 * The room beyond lesson 1, end to end in Chromium with the real server (`genba serve`) on
 * loopback: teams (offered by the presenter, typed or picked on the phones, XSS names as
 * text), lesson 3's question closed by a short timer with the unanswered phone marked, its
 * reveal with the engine's outcome, and lesson 4's challenge run on the phones in a Web
 * Worker and re-run by the server, ranked by person and by team.
 *
 * Screenshots (test-results/): room-l3-board-{en,zh}.png and room-l4-board-{en,zh}.png at
 * 1280×720, room-l4-presenter-{en,zh}.png at 1920×1080, room-l3-phone-{en,zh}.png and
 * room-l4-phone-{en,zh}.png at 390×844.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROME_ARGS, CHROME_PATH, screenshotPath, watchErrors } from './browser.ts';
import { startRoomServer, type RoomServer } from './room-server.ts';
import { XSS } from './page-helpers.ts';
import { runAxe } from './a11y-checks.ts';
import { runChallenge } from '../../src/server/challenge.ts';
import { outcomeOf } from '../../src/server/outcomes.ts';

let browser: Browser;
let server: RoomServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first (npm test does)');
  browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
  server = await startRoomServer();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

type Size = { width: number; height: number; locale?: string };
const PHONE: Size = { width: 390, height: 844 };

async function open(path: string, size: Size): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: size.locale ?? 'en-US' });
  contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

async function startRoom(page: Page): Promise<string> {
  await page.locator('genba-room-start #start-room').click();
  const code = page.locator('genba-room-board .code');
  await expect.poll(() => code.textContent(), { timeout: 15_000 }).toMatch(/^[A-Z0-9]{6}$/);
  return (await code.textContent()) ?? '';
}

async function join(code: string, nickname: string, size: Size, team = ''): Promise<{ page: Page; errors: string[]; workers: number[] }> {
  const t = await open(`#/room/${code}`, size);
  const workers = [0];
  t.page.on('worker', () => (workers[0] = (workers[0] ?? 0) + 1));
  await t.page.locator('genba-room-phone #nickname').fill(nickname);
  if (team) await t.page.locator('genba-room-phone #team').fill(team);
  await t.page.locator('genba-room-phone #join').click();
  await t.page.locator('genba-room-phone #lobby').waitFor({ timeout: 15_000 });
  return { ...t, workers };
}

const answered = (board: Page) => board.locator('genba-room-board #answered').textContent();
const pull = (wipCap: number) => {
  const f = runChallenge({ kind: 'pull', wipCap });
  if (f.kind !== 'pull') throw new Error('not lesson 4');
  return f;
};
/** Throughput as the board writes it (3 decimals, en). */
const tp = (x: number) => String(Number(x.toFixed(3)));

describe('the room for lessons 3 and 4, with teams', () => {
  it('teams; lesson 3’s question closed by its timer, the unanswered phone marked; the reveal; lesson 4’s challenge ranked by person and by team', async () => {
    const { page: board, errors: boardErrors } = await open('#/launch', { width: 1280, height: 720 });
    const code = await startRoom(board);
    await board.locator('genba-room-controls #teams').fill('Red, Blue');
    await board.locator('genba-room-controls #save-teams').click();

    const aiko = await join(code, 'Aiko', PHONE, 'Red');
    const ben = await join(code, 'Ben', PHONE);
    const xssTeam = '"><svg onload=alert(1)>';
    const chen = await join(code, XSS, { width: 1280, height: 800 }, xssTeam);
    // Ben picks his team in the lobby, from the presenter's list.
    expect(await ben.page.locator('genba-room-phone #team-list option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['Red', 'Blue']);
    await ben.page.locator('genba-room-phone #team').fill('Blue');
    await ben.page.locator('genba-room-phone #set-team').click();
    await expect.poll(() => ben.page.locator('genba-room-phone .who').textContent()).toContain('team Blue');
    await expect.poll(() => board.locator('genba-room-board .people .team').allTextContents()).toEqual(['· Red', '· Blue', `· ${xssTeam}`]);
    expect(await board.locator('genba-room-board .people svg, genba-room-board .people img').count(), 'names stay text').toBe(0);

    // Lesson 3's question, with a 5-second timer.
    await board.locator('genba-room-controls #question').selectOption('launch.earns-more');
    await board.locator('genba-room-controls #timer').fill('5');
    await board.locator('genba-room-controls #ask').click();
    for (const t of [aiko, ben, chen]) await t.page.locator('genba-room-phone #question').waitFor({ timeout: 15_000 });
    expect(await aiko.page.locator('genba-room-phone #question').textContent()).toBe('Forecast or pilot: which earns more on average?');
    await aiko.page.locator('genba-room-phone [data-choice="pilot"]').click();
    await ben.page.locator('genba-room-phone [data-choice="forecast"]').click();
    await expect.poll(() => answered(board)).toContain('2 of 3 answered');
    // Nobody presses anything: the timer closes the question; Chen is marked, not waited for.
    await expect.poll(() => answered(board), { timeout: 15_000 }).toContain('closed');
    expect(await board.locator('genba-room-board .people li', { hasText: 'svg' }).locator('.mark').textContent()).toBe('— no answer');
    await expect.poll(async () => (await chen.page.locator('genba-room-phone #my-answer').textContent())?.trim()).toBe('You did not answer this one.');
    expect(await chen.page.locator('genba-room-phone [data-choice="pilot"]').isDisabled()).toBe(true);

    await board.locator('genba-room-board #reveal').click();
    const rows = board.locator('genba-room-distribution tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const outcome = outcomeOf('launch.earns-more');
    expect(outcome.choice, 'the engine (same scenario and seed as the CLI): the pilot earns more here').toBe('pilot');
    expect(await rows.allTextContents()).toEqual(['Commit to the forecast1', 'Pilot, then scale up1✔', 'About the same0']);
    const by = Math.round(outcome.by).toLocaleString('en-US');
    expect(await board.locator('genba-room-distribution .summary').textContent()).toBe(`1 of 3 expected committing to the forecast to earn more on average. 1 did not answer. The engine: the pilot, by ${by}.`);
    await expect.poll(() => aiko.page.locator('genba-room-phone #reveal').textContent()).toContain('Right.');
    await board.screenshot({ path: screenshotPath('room-l3-board-en') });
    await aiko.page.screenshot({ path: screenshotPath('room-l3-phone-en') });

    // Lesson 4's challenge: the smallest WIP cap keeping 0.8 units an hour.
    await board.locator('genba-room-controls #challenge-kind').selectOption('pull');
    await board.locator('genba-room-controls #target').fill('0.8');
    await board.locator('genba-room-controls #challenge').click();
    for (const t of [aiko, ben, chen]) await t.page.locator('genba-room-phone #cap').waitFor({ timeout: 15_000 });
    await aiko.page.locator('genba-room-phone #cap').fill('6');
    const workersBefore = aiko.workers[0] ?? 0;
    await aiko.page.locator('genba-room-phone #run-here').click();
    await aiko.page.locator('genba-room-phone #own-run, genba-room-phone #challenge-error').first().waitFor({ timeout: 20_000 });
    expect(await aiko.page.locator('genba-room-phone #challenge-error').count()).toBe(0);
    expect(aiko.workers[0] ?? 0, 'the phone ran it in a Web Worker').toBeGreaterThan(workersBefore);
    expect(await aiko.page.locator('genba-room-phone #own-run').textContent(), 'the phone ran the same engine').toContain(tp(pull(6).throughput));
    await aiko.page.locator('genba-room-phone #submit').click();
    await ben.page.locator('genba-room-phone #cap').fill('10');
    await ben.page.locator('genba-room-phone #submit').click();
    await chen.page.locator('genba-room-phone #cap').fill('4');
    await chen.page.locator('genba-room-phone #submit').click();
    const ranking = board.locator('genba-room-ranking #ranking tbody tr');
    await expect.poll(() => ranking.count(), { timeout: 30_000 }).toBe(3);
    const expected = [
      { who: 'Aiko', team: 'Red', cap: 6 },
      { who: 'Ben', team: 'Blue', cap: 10 },
      { who: XSS, team: xssTeam, cap: 4 },
    ]
      .map((p) => ({ ...p, ...pull(p.cap), beats: pull(p.cap).throughput >= 0.8 }))
      .sort((a, b) => Number(b.beats) - Number(a.beats) || a.cap - b.cap);
    const shown = await ranking.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td, th')].slice(1, 7).map((c) => c.textContent?.trim())));
    expect(shown).toEqual(expected.map((e) => [e.who, e.team, String(e.cap), tp(e.throughput), String(Number(e.wip.toFixed(1))), e.beats ? '✔ yes' : 'no']));
    const teams = await board.locator('genba-room-ranking #teams tbody th').allTextContents();
    expect(teams, 'one line per team, in the order of their best').toEqual(expected.map((e) => e.team));
    await expect.poll(() => aiko.page.locator('genba-room-phone #submitted').textContent()).toContain(tp(pull(6).throughput));
    expect(await board.locator('genba-room-ranking svg, genba-room-ranking img').count(), 'names stay text').toBe(0);
    await board.screenshot({ path: screenshotPath('room-l4-board-en') });
    await aiko.page.screenshot({ path: screenshotPath('room-l4-phone-en') });
    expect((await runAxe(board)).blocking, 'axe on the board').toEqual([]);
    expect((await runAxe(aiko.page)).blocking, 'axe on the phone').toEqual([]);
    await board.setViewportSize({ width: 1920, height: 1080 });
    await board.screenshot({ path: screenshotPath('room-l4-presenter-en') });

    for (const [who, errors] of [['board', boardErrors], ['aiko', aiko.errors], ['ben', ben.errors], ['chen', chen.errors]] as const) expect(errors, who).toEqual([]);
  });

  it('lesson 3: the phone’s verdict is the lesson’s verdict for the same prediction (same markets, same paired interval)', async () => {
    const { page: board, errors } = await open('#/launch', { width: 1280, height: 720 });
    const code = await startRoom(board);
    const aiko = await join(code, 'Aiko', PHONE);
    const ben = await join(code, 'Ben', PHONE);
    /** The room's verdict on each phone for a question, after the reveal. */
    const roomVerdicts = async (question: string, answers: [string, string]): Promise<string[]> => {
      await board.locator('genba-room-controls #question').selectOption(question);
      await board.locator('genba-room-controls #ask').click();
      for (const [i, t] of [aiko, ben].entries()) {
        await t.page.locator('genba-room-phone #question').waitFor({ timeout: 15_000 });
        await expect.poll(() => t.page.locator('genba-room-phone #question').textContent()).toContain(question === 'launch.earns-more' ? 'earns more' : 'loses money');
        await t.page.locator(`genba-room-phone [data-choice="${answers[i]}"]`).click();
      }
      await expect.poll(() => answered(board)).toContain('2 of 2 answered');
      await board.locator('genba-room-board #reveal').click();
      const out: string[] = [];
      for (const t of [aiko, ben]) {
        const reveal = t.page.locator('genba-room-phone #reveal');
        await reveal.waitFor({ timeout: 30_000 });
        out.push(((await reveal.textContent()) ?? '').includes('Right.') ? 'right' : 'wrong');
      }
      return out;
    };
    const earns = await roomVerdicts('launch.earns-more', ['pilot', 'forecast']);
    const loses = await roomVerdicts('launch.loses-more', ['same', 'forecast']);

    // The lesson, on its seed case as it opens (same file, seed and markets), with the same predictions.
    const lesson = await open('#/launch', { width: 1280, height: 720 });
    const page = lesson.page;
    await page.locator('genba-launch-run-controls #run').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('genba-launch-run-controls input[data-path="seed"]').inputValue()).toBe('ohno');
    const lessonValue = { pilot: 'pilot', forecast: 'launch', same: 'same' } as const;
    const lessonVerdicts = async (earnsMore: keyof typeof lessonValue, losesMoreOften: keyof typeof lessonValue): Promise<[string, string]> => {
      await page.locator(`genba-launch-prediction input[name="earnsMore"][value="${lessonValue[earnsMore]}"]`).check();
      await page.locator(`genba-launch-prediction input[name="losesMoreOften"][value="${lessonValue[losesMoreOften]}"]`).check();
      await page.locator('genba-launch-run-controls #run').click();
      // The check is the one of this run once it quotes this prediction.
      const check = page.locator('genba-launch-prediction .check');
      const quoted = `You said: ${earnsMore}. The run:`;
      await expect.poll(async () => ((await check.count()) > 0 ? ((await check.textContent()) ?? '') : ''), { timeout: 120_000 }).toContain(quoted);
      const marks = page.locator('genba-launch-prediction .check dd .mark');
      await expect.poll(() => marks.count()).toBe(2);
      const cls = await marks.evaluateAll((ms) => ms.map((m) => (m.classList.contains('right') ? 'right' : 'wrong')));
      return [cls[0] as string, cls[1] as string];
    };
    const aikoLesson = await lessonVerdicts('pilot', 'same');
    const benLesson = await lessonVerdicts('forecast', 'forecast');
    expect({ earns, loses }).toEqual({ earns: [aikoLesson[0], benLesson[0]], loses: [aikoLesson[1], benLesson[1]] });
    // And what the engine said is not a foregone "everyone wrong": the pilot earns more, the forecast loses more often.
    expect(earns).toEqual(['right', 'wrong']);
    expect(loses).toEqual(['wrong', 'right']);
    for (const [who, e] of [['board', errors], ['aiko', aiko.errors], ['ben', ben.errors], ['lesson', lesson.errors]] as const) expect(e, who).toEqual([]);
  });

  it('lesson 2’s challenge: fixes ticked on a phone, re-run by the server, fewest fixes below the target first', async () => {
    const { page: board, errors } = await open('#/kaizen', { width: 1280, height: 720 });
    const code = await startRoom(board);
    const aiko = await join(code, 'Aiko', PHONE);
    const ben = await join(code, 'Ben', PHONE);
    await board.locator('genba-room-controls #challenge-kind').selectOption('kaizen');
    await board.locator('genba-room-controls #target').fill('100');
    await board.locator('genba-room-controls #challenge').click();
    for (const t of [aiko, ben]) await t.page.locator('genba-room-phone [data-fix="process-batch"]').waitFor({ timeout: 15_000 });
    await aiko.page.locator('genba-room-phone [data-fix="process-batch"]').check();
    await aiko.page.locator('genba-room-phone #submit').click();
    for (const f of ['quick-change', 'process-batch', 'check']) await ben.page.locator(`genba-room-phone [data-fix="${f}"]`).check();
    await ben.page.locator('genba-room-phone #run-here').click();
    await ben.page.locator('genba-room-phone #own-run').waitFor({ timeout: 20_000 });
    await ben.page.locator('genba-room-phone #submit').click();
    const ranking = board.locator('genba-room-ranking #ranking tbody tr');
    await expect.poll(() => ranking.count(), { timeout: 30_000 }).toBe(2);
    const lead = (fixes: string[]) => {
      const f = runChallenge({ kind: 'kaizen', fixes });
      if (f.kind !== 'kaizen') throw new Error('not lesson 2');
      return f.leadTime;
    };
    const rows = [
      { who: 'Aiko', fixes: 1, lead: lead(['process-batch']) },
      { who: 'Ben', fixes: 3, lead: lead(['quick-change', 'process-batch', 'check']) },
    ]
      .map((r) => ({ ...r, beats: r.lead < 100 }))
      .sort((a, b) => Number(b.beats) - Number(a.beats) || a.fixes - b.fixes);
    const shown = await ranking.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td, th')].slice(1, 5).map((c) => c.textContent?.trim())));
    expect(shown).toEqual(rows.map((r) => [r.who, '', String(r.fixes), String(Number(r.lead.toFixed(1)))]));
    await ben.page.screenshot({ path: screenshotPath('room-l2-phone-en') });
    await board.screenshot({ path: screenshotPath('room-l2-board-en') });
    expect((await runAxe(ben.page)).blocking, 'axe on the phone with the fixes').toEqual([]);
    for (const [who, e] of [['board', errors], ['aiko', aiko.errors], ['ben', ben.errors]] as const) expect(e, who).toEqual([]);
  });

  it('in Chinese: lesson 3’s question and lesson 4’s challenge on the board and a phone (screenshots)', async () => {
    const { page: board } = await open('#/launch', { width: 1280, height: 720, locale: 'zh-CN' });
    const code = await startRoom(board);
    await board.locator('genba-room-controls #teams').fill('红队, 蓝队');
    await board.locator('genba-room-controls #save-teams').click();
    const phone = await join(code, '小林', { ...PHONE, locale: 'zh-CN' }, '红队');
    const other = await join(code, '小王', { ...PHONE, locale: 'zh-CN' }, '蓝队');
    await board.locator('genba-room-controls #question').selectOption('launch.loses-more');
    await board.locator('genba-room-controls #ask').click();
    await phone.page.locator('genba-room-phone #question').waitFor();
    await other.page.locator('genba-room-phone #question').waitFor();
    await phone.page.locator('genba-room-phone [data-choice="forecast"]').click();
    await other.page.locator('genba-room-phone [data-choice="same"]').click();
    await expect.poll(() => answered(board)).toMatch(/2/);
    await board.locator('genba-room-board #reveal').click();
    await board.locator('genba-room-distribution tbody tr').first().waitFor();
    await phone.page.locator('genba-room-phone #reveal').waitFor();
    await board.screenshot({ path: screenshotPath('room-l3-board-zh') });
    await phone.page.screenshot({ path: screenshotPath('room-l3-phone-zh') });

    await board.locator('genba-room-controls #challenge-kind').selectOption('pull');
    await board.locator('genba-room-controls #target').fill('0.8');
    await board.locator('genba-room-controls #challenge').click();
    await phone.page.locator('genba-room-phone #cap').fill('8');
    await phone.page.locator('genba-room-phone #run-here').click();
    await phone.page.locator('genba-room-phone #own-run').waitFor({ timeout: 20_000 });
    await phone.page.locator('genba-room-phone #submit').click();
    await other.page.locator('genba-room-phone #cap').fill('5');
    await other.page.locator('genba-room-phone #submit').click();
    await expect.poll(() => board.locator('genba-room-ranking #ranking tbody tr').count(), { timeout: 30_000 }).toBe(2);
    await phone.page.locator('genba-room-phone #submitted').waitFor();
    await board.screenshot({ path: screenshotPath('room-l4-board-zh') });
    await phone.page.screenshot({ path: screenshotPath('room-l4-phone-zh') });
    await board.setViewportSize({ width: 1920, height: 1080 });
    await board.screenshot({ path: screenshotPath('room-l4-presenter-zh') });
    expect(await board.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });
});
