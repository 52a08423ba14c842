/**
 * The presenter's board (`#/board`), for the projector: the room code, a QR code and the join
 * address; who is there; "14 of 20 answered" live; the reveal (the room's answers beside the
 * engine's outcome); the challenge's ranking (figures computed by the server's engine), each
 * submission openable as a full lesson view; CSV, SVG and PNG exports; a printable summary of
 * the whole room. Everything shown from the room is text (nicknames are never markup).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { BoardView, ChallengeResult, StepTarget } from '../../room/protocol.ts';
import { requestScenario, type ChallengeRequest } from '../../room/challenge-scenario.ts';
import { CHALLENGE_LESSONS } from '../../room/questions.ts';
import { encodeLink } from '../../share/index.ts';
import { csvBlob, downloadBlob } from '../../export/index.ts';
import '../../components/room/genba-room-ranking.ts';
import { paramsText, figuresText, resultFigures } from '../../components/room/challenge-text.ts';
import { formatDecimal } from '../../i18n/format.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import '../../components/room/genba-room-qr.ts';
import '../../components/room/genba-room-controls.ts';
import '../../components/room/genba-room-distribution.ts';
import '../../components/share/genba-figure.ts';
import { presenterSession } from '../../components/room/presenter-session.ts';
import { appUrl, hostedRoom, keepHostedRoom, storage } from '../../components/room/room-browser.ts';
import { reportProgress } from '../../app/progress.ts';
import type { LessonId } from '../../app/session.ts';
import { QUESTIONS } from '../../room/questions.ts';
import { formatList } from '../../i18n/units.ts';

/** Which reveals and rankings are already in the session summary (localStorage). */
const RECORDED_KEY = 'genba:v1:room-recorded';
import { questionText, statusText } from '../../components/room/room-text.ts';
import { answersCsv, resultsCsv, teamsCsv } from '../../components/room/room-csv.ts';
import { challengePresetFor } from '../../components/room/challenge-preset.ts';
import { kaizenSteps } from '../../room/kaizen-fixes.ts';
import { answerSummary } from '../../components/room/answer-summary.ts';
import { boardStyles } from './room-styles.ts';

@customElement('genba-room-board')
@localized()
export class GenbaRoomBoard extends LitElement {
  static override styles = [controlStyles, boardStyles, css``];

  @state() private view: BoardView | null = null;
  @state() private now = Date.now();
  @state() private problem = '';
  private unsubscribe: (() => void) | null = null;
  private clock = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = presenterSession.subscribe(() => {
      this.view = presenterSession.view;
      if (this.view) this.recordReveal(this.view);
      this.requestUpdate();
    });
    presenterSession.start();
    this.view = presenterSession.view;
    this.clock = window.setInterval(() => {
      if (this.view?.step.closesAt !== undefined && !this.view.step.closed) this.now = Date.now();
    }, 1000);
  }

  override disconnectedCallback(): void {
    this.unsubscribe?.();
    clearInterval(this.clock);
    super.disconnectedCallback();
  }

  private readonly onAdvance = (e: CustomEvent<StepTarget>): void => presenterSession.advance(e.detail);
  private readonly onReveal = (): void => void (this.view && presenterSession.reveal(this.view.step.no));
  private readonly onClose = (): void => void (this.view && presenterSession.close(this.view.step.no));
  private readonly onTeams = (e: CustomEvent<string[]>): void => presenterSession.teams(e.detail);
  private readonly onOpen = (e: CustomEvent<ChallengeResult>): void => void this.open(e.detail);

  private endRoom(): void {
    if (!globalThis.confirm?.(msg('Leave this room? The phones stay on the last step; the room expires after 12 hours unused.'))) return;
    presenterSession.stop();
    keepHostedRoom(null);
    globalThis.location.hash = '#/batching';
  }

  /**
   * The printed session summary covers the room: each revealed question, and the ranking when
   * the presenter prints, become records of the session (the shell's genba-progress), once each.
   */
  private recordReveal(v: BoardView): void {
    const s = v.step;
    if (s.kind !== 'question' || !s.question || !s.revealed) return;
    const q = s.question;
    const question = questionText(q);
    const summary = answerSummary(q, s, v.total);
    this.recordOnce(`${v.code}:${s.no}`, QUESTIONS[q].lesson, QUESTIONS[q].step, msg(str`Room ${v.code}, "${question}": ${summary}`));
  }

  private recordRanking(v: BoardView): void {
    if (v.step.kind !== 'challenge' || v.ranking.length === 0) return;
    const list = v.ranking.map((r, i) => {
      const rank = i + 1;
      const who = r.team ? `${r.nickname} (${r.team})` : r.nickname;
      const params = paramsText(r);
      const figures = figuresText(resultFigures(r));
      return msg(str`${rank}. ${who}: ${params}, ${figures}`);
    });
    const code = v.code;
    const lesson = CHALLENGE_LESSONS[v.step.challenge ?? 'batching'];
    this.recordOnce(`${v.code}:${v.step.no}:${v.ranking.length}`, lesson, 'sandbox', msg(str`Room ${code}, challenge results, best first: ${formatList(list)}`));
  }

  private recordOnce(key: string, lesson: LessonId, step: string, text: string): void {
    const store = storage();
    let done: string[] = [];
    try {
      const raw = JSON.parse(store?.getItem(RECORDED_KEY) ?? '[]') as unknown;
      if (Array.isArray(raw)) done = raw.filter((x): x is string => typeof x === 'string');
    } catch {
      // unreadable: start again
    }
    if (done.includes(key)) return;
    try {
      store?.setItem(RECORDED_KEY, JSON.stringify([...done, key].slice(-500)));
    } catch {
      // not kept: a reload may record it once more
    }
    reportProgress(this, lesson, step, { kind: 'result', text });
  }

  private print(): void {
    if (this.view) this.recordRanking(this.view);
    // Let the shell render the summary with the new records before printing.
    requestAnimationFrame(() => globalThis.print?.());
  }

  private download(kind: 'answers' | 'results' | 'teams'): void {
    const v = this.view;
    if (!v) return;
    downloadBlob(csvBlob(kind === 'answers' ? answersCsv(v) : kind === 'teams' ? teamsCsv(v) : resultsCsv(v)), `genba-room-${v.code}-${kind}.csv`);
  }

  /**
   * Opens a submission on this screen as a share link: lesson 1 or 4 with that line, lesson 2
   * with the trainee's fixes as its steps, lesson 3 with that launch strategy.
   */
  private async open(r: ChallengeResult): Promise<void> {
    try {
      const request: ChallengeRequest =
        r.challenge === 'batching'
          ? { kind: 'batching', transferBatch: r.transferBatch, moveTime: r.moveTime }
          : r.challenge === 'kaizen'
            ? { kind: 'kaizen', fixes: r.fixes }
            : r.challenge === 'launch'
              ? { kind: 'launch', initial: r.initial, rate: r.rate, periods: r.periods }
              : { kind: 'pull', wipCap: r.wipCap };
      const base = await challengePresetFor(request.kind);
      // Lesson 2 opens on its own line with the trainee's fixes taken as its steps, one by one.
      const encoded =
        request.kind === 'kaizen'
          ? encodeLink({ lesson: 'kaizen', scenario: base as never, extra: { improvements: kaizenSteps(request.fixes) } })
          : encodeLink({ lesson: request.kind, scenario: requestScenario(base, request) as never });
      const lesson = request.kind;
      if (!encoded.ok) throw new Error(encoded.message);
      globalThis.location.hash = `#/${lesson}?${encoded.query}`;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problem = msg(str`This submission could not be opened: ${reason}`);
    }
  }

  private renderJoin(code: string) {
    const address = appUrl(`#/room/${code}`);
    const status = presenterSession.status;
    const compact = this.view !== null && this.view.step.kind !== 'lobby';
    return html`<section class="join ${compact ? 'compact' : ''}" aria-labelledby="join-h">
      <div>
        <h2 id="join-h">${msg('Join on your phone')}</h2>
        <p class="code" aria-label=${msg(str`Room code ${code.split('').join(' ')}`)}>${code}</p>
        <p class="address">${address}</p>
        <p class="status" role="status">${status === 'online' ? nothing : statusText(status, presenterSession.detail)}</p>
      </div>
      <genba-room-qr .value=${address} label=${msg(str`QR code for ${address}`)}></genba-room-qr>
    </section>`;
  }

  private renderPeople(v: BoardView) {
    const step = v.step;
    const asking = step.kind === 'question' || step.kind === 'challenge';
    const submitted = new Set(v.ranking.map((r) => r.participant));
    return html`<section aria-labelledby="people-h">
      <h2 id="people-h">${msg(str`Who is here (${v.total})`)}</h2>
      <ul class="people">
        ${v.participants.map((p) => {
          const done = step.kind === 'challenge' ? submitted.has(p.id) : p.answered;
          return html`<li class=${done ? 'done' : asking ? 'waiting' : ''}>
            <span class="dot ${p.connected ? 'on' : 'off'}" title=${p.connected ? msg('connected') : msg('not connected')}></span>
            <span class="who"><span class="nick">${p.nickname}</span>${p.team ? html` <span class="team">· ${p.team}</span>` : nothing}</span>
            ${asking ? html`<span class="mark">${done ? msg('✔ answered') : step.closed ? msg('— no answer') : msg('… waiting')}</span>` : nothing}
            <button type="button" class="remove" aria-label=${msg(str`Remove ${p.nickname}`)} @click=${() => presenterSession.remove(p.id)}>✕</button>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderStep(v: BoardView) {
    const step = v.step;
    if (step.kind === 'lobby') return html`<p class="big">${msg('Waiting in the lobby. Ask a question, or go to a prediction step of a lesson.')}</p>`;
    if (step.kind === 'question' && step.question) {
      const q = step.question;
      const left = step.closesAt !== undefined && !step.closed ? Math.max(0, Math.ceil((step.closesAt - this.now) / 1000)) : null;
      return html`<h2 class="question">${questionText(q)}</h2>
        <p class="big" id="answered" aria-live="polite">${msg(str`${v.answered} of ${v.total} answered`)}${left !== null ? html` · <span class="timer">${msg(str`${left} s left`)}</span>` : nothing}${step.closed && !step.revealed ? html` · ${msg('closed')}` : nothing}</p>
        ${step.revealed
          ? html`<genba-figure heading=${questionText(q)} scenarioName=${msg(str`Room ${v.code}`)}>
              <genba-room-distribution .question=${q} .step=${step} .total=${v.total}></genba-room-distribution>
            </genba-figure>`
          : html`<p>${msg('Answers stay hidden until you reveal them.')}</p>`}`;
    }
    return this.renderChallenge(v);
  }

  private renderChallenge(v: BoardView) {
    return html`<genba-room-ranking .view=${v} @genba-room-open=${this.onOpen}></genba-room-ranking>`;
  }

  override render() {
    const room = hostedRoom();
    if (!room) {
      return html`<section><h2>${msg('No room')}</h2><p>${msg('Start a room with the "Start a room" button at the top of the page.')}</p></section>`;
    }
    const v = this.view;
    return html`<div>
        ${this.renderJoin(room.code)}
        ${v
          ? html`<section class="live" aria-labelledby="step-h">
                <h2 id="step-h" class="visually-hidden">${msg('Current step')}</h2>
                ${this.renderStep(v)}
              </section>
              <genba-room-controls .step=${v.step} .teams=${v.teams} @genba-room-teams=${this.onTeams} @genba-room-advance=${this.onAdvance} @genba-room-reveal=${this.onReveal} @genba-room-close=${this.onClose}></genba-room-controls>
              ${this.renderPeople(v)}
              <section class="row" aria-label=${msg('Exports')}>
                <button type="button" id="csv-answers" @click=${() => this.download('answers')}>${msg('Answers (CSV)')}</button>
                <button type="button" id="csv-results" @click=${() => this.download('results')}>${msg('Challenge results (CSV)')}</button>
                <button type="button" id="csv-teams" @click=${() => this.download('teams')}>${msg('Teams (CSV)')}</button>
                <button type="button" id="print" @click=${() => this.print()}>${msg('Print the room summary')}</button>
                <button type="button" id="end-room" @click=${() => this.endRoom()}>${msg('Leave this room')}</button>
              </section>`
          : html`<p class="loading">${msg('Connecting to the room…')}</p>`}
        ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-room-board': GenbaRoomBoard;
  }
}
