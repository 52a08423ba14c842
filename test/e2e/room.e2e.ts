/**
 * The room, end to end in Chromium with the real server (`genba serve`) on loopback: a
 * presenter and three trainees in separate browser contexts (one a 390×844 phone) join by
 * code, predict, reveal and submit a challenge, and the board shows exactly what they did;
 * a trainee reloads mid-question and comes back to the same state. Then the fault test: the
 * server is SIGKILLed mid-question and restarted on the same data.
 *
 * Screenshots: test-results/room-board-{en,zh}.png (1280×800), room-phone-{en,zh}.png (390×844).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROME_ARGS, CHROME_PATH, screenshotPath, watchErrors } from './browser.ts';
import { startRoomServer, type RoomServer } from './room-server.ts';
import { XSS } from './page-helpers.ts';
import { runAxe } from './a11y-checks.ts';
import { runChallenge } from '../../src/server/challenge.ts';

let browser: Browser;
let server: RoomServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first (npm test does)');
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH}`);
  browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

async function open(path: string, options: { width?: number; height?: number; locale?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, locale: options.locale ?? 'en-US' });
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

async function join(code: string, nickname: string, options: { width?: number; height?: number; locale?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const t = await open(`#/room/${code}`, options);
  await t.page.locator('genba-room-phone #nickname').fill(nickname);
  await t.page.locator('genba-room-phone #join').click();
  await t.page.locator('genba-room-phone #lobby').waitFor({ timeout: 15_000 });
  return t;
}

const answered = (board: Page) => board.locator('genba-room-board #answered').textContent();

describe('a live room', () => {
  beforeAll(async () => {
    server = await startRoomServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('presenter and three trainees: join, predict, reveal, challenge; the board shows exactly what they did', async () => {
    const { page: board, errors: boardErrors } = await open('#/batching');
    const code = await startRoom(board);
    expect(await board.locator('genba-room-board .address').textContent()).toBe(`${server.url}#/room/${code}`);
    expect(await board.locator('genba-room-qr svg path').getAttribute('d'), 'a QR code is drawn').toMatch(/^M/);

    const aiko = await join(code, 'Aiko', { width: 390, height: 844 });
    const ben = await join(code, 'Ben');
    const chen = await join(code, XSS);
    await expect.poll(() => board.locator('genba-room-board #people-h').textContent()).toContain('(3)');
    expect(await board.locator('genba-room-board .people .nick').allTextContents()).toEqual(['Aiko', 'Ben', XSS]);
    expect(await board.locator('genba-room-board .people img').count(), 'a nickname stays text').toBe(0);

    // The presenter's lesson tab reaches the prediction step of lesson 1: every phone gets the question.
    const lessonTab = await board.context().newPage();
    await lessonTab.goto(`${server.url}#/batching`);
    await lessonTab.locator('genba-guide button', { hasText: 'Predict which line is faster' }).click();
    for (const t of [aiko, ben, chen]) await t.page.locator('genba-room-phone #question').waitFor({ timeout: 15_000 });
    expect(await aiko.page.locator('genba-room-phone #question').textContent()).toBe('Which line finishes the whole order first?');
    await expect.poll(() => answered(board)).toContain('0 of 3 answered');

    await aiko.page.locator('genba-room-phone [data-choice="batch"]').click();
    await ben.page.locator('genba-room-phone [data-choice="batch"]').click();
    await chen.page.locator('genba-room-phone [data-choice="flow"]').click();
    await expect.poll(() => chen.page.locator('genba-room-phone #my-answer').textContent()).toContain('received');
    await expect.poll(() => answered(board)).toContain('3 of 3 answered');
    await board.screenshot({ path: screenshotPath('room-board-answers-en') });

    // Chen reloads mid-question: same question, same answer.
    await chen.page.reload();
    await chen.page.locator('genba-room-phone #question').waitFor({ timeout: 15_000 });
    expect(await chen.page.locator('genba-room-phone [data-choice="flow"]').getAttribute('aria-pressed')).toBe('true');
    expect(await chen.page.locator('genba-room-phone #my-answer').textContent()).toContain('One-piece flow');
    await expect.poll(() => answered(board)).toContain('3 of 3 answered');

    await board.locator('genba-room-board #reveal').click();
    const rows = board.locator('genba-room-distribution tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.allTextContents()).toEqual(['Batch line2', 'One-piece flow1✔', 'The same0']);
    expect(await board.locator('genba-room-distribution .summary').textContent()).toMatch(/^2 of 3 expected the batch line to finish first\. The engine: one-piece flow, by [\d.]+ minutes\.$/);
    await expect.poll(() => aiko.page.locator('genba-room-phone #reveal').textContent()).toContain('Not this time.');
    await expect.poll(() => chen.page.locator('genba-room-phone #reveal').textContent()).toContain('Right.');
    await board.screenshot({ path: screenshotPath('room-board-en'), fullPage: true });
    expect((await runAxe(board)).blocking, 'axe on the board after the reveal').toEqual([]);
    expect((await runAxe(chen.page)).blocking, 'axe on a phone after the reveal').toEqual([]);

    // The challenge: Aiko and Ben submit; Chen does not.
    await board.locator('genba-room-controls #target').fill('60');
    await board.locator('genba-room-controls #challenge').click();
    await aiko.page.locator('genba-room-phone #batch').waitFor({ timeout: 15_000 });
    await aiko.page.locator('genba-room-phone #batch').fill('1');
    await aiko.page.locator('genba-room-phone #run-here').click();
    await aiko.page.locator('genba-room-phone #own-run, genba-room-phone #challenge-error').first().waitFor();
    expect(await aiko.page.locator('genba-room-phone #challenge-error').count(), await aiko.page.locator('genba-room-phone #challenge-error').allTextContents().then(String)).toBe(0);
    const own = await aiko.page.locator('genba-room-phone #own-run').textContent();
    await aiko.page.locator('genba-room-phone #submit').click();
    await ben.page.locator('genba-room-phone #batch').fill('10');
    await ben.page.locator('genba-room-phone #submit').click();
    await expect.poll(() => board.locator('genba-room-board table.ranking tbody tr').count(), { timeout: 20_000 }).toBe(2);
    const leadTime = (transferBatch: number): number => {
      const f = runChallenge({ kind: 'batching', transferBatch, moveTime: 0.5 });
      if (f.kind !== 'batching') throw new Error('not lesson 1');
      return f.leadTime;
    };
    const expectedAiko = leadTime(1);
    const expectedBen = leadTime(10);
    const fmt = (x: number) => x.toFixed(1);
    const ranking = await board.locator('genba-room-board table.ranking tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td, th')].slice(1, 7).map((c) => c.textContent?.trim())));
    expect(ranking).toEqual([
      ['Aiko', '', '1', '0.5', fmt(expectedAiko), expectedAiko < 60 ? '✔ yes' : 'no'],
      ['Ben', '', '10', '0.5', fmt(expectedBen), expectedBen < 60 ? '✔ yes' : 'no'],
    ]);
    expect(own, 'the phone ran the same engine').toContain(fmt(expectedAiko));
    await expect.poll(() => aiko.page.locator('genba-room-phone #submitted').textContent()).toContain(fmt(expectedAiko));
    expect(await board.locator('genba-room-board .people li.waiting .nick').allTextContents(), 'Chen has not submitted').toEqual([XSS]);
    await aiko.page.screenshot({ path: screenshotPath('room-phone-en') });
    expect((await runAxe(aiko.page)).blocking, 'axe on the phone in the challenge').toEqual([]);

    // Open Ben's submission on the projector as a full lesson view.
    await board.locator('genba-room-board table.ranking tbody tr', { hasText: 'Ben' }).locator('button').click();
    await expect.poll(() => board.evaluate(() => location.hash)).toMatch(/^#\/batching\?/);
    await board.locator('genba-flow-screen').waitFor({ timeout: 15_000 });

    for (const [who, errors] of [['board', boardErrors], ['aiko', aiko.errors], ['ben', ben.errors], ['chen', chen.errors]] as const) {
      expect(errors, who).toEqual([]);
    }
  });

  it('in Chinese: the board and a phone (screenshots)', async () => {
    const { page: board } = await open('#/batching', { locale: 'zh-CN' });
    const code = await startRoom(board);
    const phone = await join(code, '小林', { width: 390, height: 844, locale: 'zh-CN' });
    await board.locator('genba-room-controls #ask').click();
    await phone.page.locator('genba-room-phone #question').waitFor();
    await phone.page.locator('genba-room-phone [data-choice="flow"]').click();
    await expect.poll(() => answered(board)).toMatch(/1/);
    await board.locator('genba-room-board #reveal').click();
    await board.locator('genba-room-distribution tbody tr').first().waitFor();
    await phone.page.locator('genba-room-phone #reveal').waitFor();
    await board.screenshot({ path: screenshotPath('room-board-zh'), fullPage: true });
    await phone.page.screenshot({ path: screenshotPath('room-phone-zh') });
    expect(await board.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });
});

describe('the server killed mid-question', () => {
  beforeAll(async () => {
    server = await startRoomServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('restarts on the same data: acknowledged answers kept, phones reconnect by themselves, an answer given while it was down arrives once', async () => {
    const { page: board } = await open('#/batching');
    const code = await startRoom(board);
    const aiko = await join(code, 'Aiko');
    const ben = await join(code, 'Ben', { width: 390, height: 844 });
    const chen = await join(code, 'Chen');
    await board.locator('genba-room-controls #ask').click();
    for (const t of [aiko, ben, chen]) await t.page.locator('genba-room-phone #question').waitFor({ timeout: 15_000 });
    await aiko.page.locator('genba-room-phone [data-choice="batch"]').click();
    await ben.page.locator('genba-room-phone [data-choice="flow"]').click();
    // Both acknowledged before the kill.
    for (const t of [aiko, ben]) await expect.poll(() => t.page.locator('genba-room-phone #my-answer').textContent()).toContain('received');
    await expect.poll(() => answered(board)).toContain('2 of 3 answered');

    await server.kill();
    await expect.poll(() => chen.page.locator('genba-room-phone #room-status').count(), { timeout: 15_000 }).toBe(1);
    // Chen answers while the server is down: kept on the phone, shown as waiting.
    await chen.page.locator('genba-room-phone [data-choice="same"]').click();
    expect(await chen.page.locator('genba-room-phone #my-answer').textContent()).toContain('waiting to be sent');
    expect(await chen.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('genba:v1:room-outbox:')).length)).toBe(1);

    await server.restart();
    // Nobody touches anything: every phone and the board reconnect by themselves.
    await expect.poll(() => chen.page.locator('genba-room-phone #my-answer').textContent(), { timeout: 30_000 }).toContain('received');
    for (const t of [aiko, ben, chen]) await expect.poll(() => t.page.locator('genba-room-phone #room-status').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => answered(board), { timeout: 30_000 }).toContain('3 of 3 answered');
    await expect.poll(() => board.locator('genba-room-board .people .dot.on').count(), { timeout: 30_000 }).toBe(3);

    await board.locator('genba-room-board #reveal').click();
    const rows = board.locator('genba-room-distribution tbody tr');
    // The restarted server's engine thread computes the outcome (started at restart).
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    // Exactly one answer each: Aiko batch, Ben flow, Chen (sent while down) same.
    expect(await rows.allTextContents()).toEqual(['Batch line1', 'One-piece flow1✔', 'The same1']);
    expect(await chen.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('genba:v1:room-outbox:')).length), 'outbox emptied').toBe(0);
  });
});
