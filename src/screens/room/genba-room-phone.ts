/**
 * The trainee's phone (`#/join`, `#/room/CODE`): a nickname (no account, no e-mail), then
 * whatever the presenter shows: the question to answer, the reveal, or the challenge (change
 * the line's transfer batch and move time, run it on the phone, submit it). The connection
 * comes back by itself; what was sent while it was down is kept and sent once it is back.
 * A reload lands on the room's current step with the answer already given.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { RoomClient, RoomStatus } from '../../room/client.ts';
import type { ChallengeResult, ClientMessage, TraineeView } from '../../room/protocol.ts';
import { normalizeRoomCode } from '../../room/code.ts';
import { CHALLENGE, QUESTIONS } from '../../room/questions.ts';
import { ROOM_LIMITS } from '../../room/protocol.ts';
import { challengeFigures, challengeScenario } from '../../room/challenge-scenario.ts';
import { parseScenario } from '../../scenario/index.ts';
import { runScenarioSync, type FlowLineOutput } from '../../sim/run-scenario.ts';
import { formatDecimal } from '../../i18n/format.ts';
import { joinSentences } from '../../i18n/text.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { browserClient, joinedRoom, keepJoinedRoom, roomServiceAvailable } from '../../components/room/room-browser.ts';
import { choiceText, questionText, statusText, unavailableText } from '../../components/room/room-text.ts';
import { answerSummary } from '../../components/room/answer-summary.ts';
import { challengePreset } from '../../components/room/challenge-preset.ts';
import { phoneStyles } from './room-styles.ts';

@customElement('genba-room-phone')
@localized()
export class GenbaRoomPhone extends LitElement {
  static override styles = [controlStyles, phoneStyles];

  /** The code from the address (`#/room/CODE`), if any. */
  @property() code = '';

  @state() private view: TraineeView | null = null;
  @state() private status: RoomStatus | null = null;
  @state() private detail = '';
  @state() private error = '';
  @state() private unavailable = false;
  @state() private pending: ClientMessage[] = [];
  @state() private batch = '10';
  @state() private move = '0.5';
  @state() private ownRun: number | null = null;
  @state() private submitted: ChallengeResult | null = null;
  private client: RoomClient | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const joined = joinedRoom();
    const wanted = normalizeRoomCode(this.code);
    if (joined && (!wanted || wanted === joined.code)) this.connectTo(joined.code);
  }

  override disconnectedCallback(): void {
    this.client?.close();
    this.client = null;
    super.disconnectedCallback();
  }

  private connectTo(code: string, nickname?: string): void {
    this.client?.close();
    this.client = browserClient({
      code,
      ...(nickname ? { nickname } : {}),
      onView: (v) => {
        if (v.role !== 'trainee') return;
        if (v.step.no !== this.view?.step.no) {
          this.ownRun = null;
          this.submitted = null;
        }
        // An answer still in the outbox is this phone's answer, whatever the server has yet.
        const queued = (this.client?.pending() ?? []).filter((m) => m.t === 'answer' && m.step === v.step.no).at(-1);
        this.view = queued?.t === 'answer' ? { ...v, answer: queued.choice } : v;
        this.error = '';
      },
      onStatus: (s, d) => {
        this.status = s;
        this.detail = d ?? '';
        if (s === 'refused' || s === 'removed' || s === 'expired') {
          keepJoinedRoom(null);
          if (s === 'refused') this.view = null;
        }
        this.pending = this.client?.pending() ?? [];
      },
      onAck: (ack, sent) => {
        this.pending = this.client?.pending() ?? [];
        if (!ack.ok) this.error = ack.error;
        else if (ack.result && sent?.t === 'submit') this.submitted = ack.result;
        else if (sent?.t === 'answer' && this.view && this.view.step.no === sent.step && !this.pending.some((m) => m.t === 'answer' && m.step === sent.step)) {
          this.view = { ...this.view, answer: sent.choice };
        }
      },
    });
    this.client.connect();
    this.pending = this.client.pending();
  }

  private async join(e: Event): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const codeText = (form.elements.namedItem('code') as HTMLInputElement).value;
    const nickname = (form.elements.namedItem('nickname') as HTMLInputElement).value.trim();
    const code = normalizeRoomCode(codeText);
    if (!code) {
      this.error = msg(str`Room code: "${codeText}" is not a room code, which is 6 letters and digits as shown on the board.`);
      return;
    }
    // eslint-disable-next-line no-control-regex
    if (nickname.length < 1 || nickname.length > ROOM_LIMITS.maxNickname || /[\u0000-\u001f\u007f-\u009f]/.test(nickname)) {
      this.error = msg(str`Nickname: it must be 1 to ${ROOM_LIMITS.maxNickname} characters.`);
      return;
    }
    this.error = '';
    if (!(await roomServiceAvailable())) {
      this.unavailable = true;
      return;
    }
    keepJoinedRoom({ code, nickname });
    this.connectTo(code, nickname);
  }

  private answer(choice: string): void {
    const step = this.view?.step;
    if (!this.client || !step) return;
    this.client.send({ t: 'answer', step: step.no, choice });
    this.view = this.view ? { ...this.view, answer: choice } : null;
    this.pending = this.client.pending();
  }

  private params(): { transferBatch: number; moveTime: number } | null {
    const transferBatch = Number(this.batch);
    const moveTime = Number(this.move);
    const tb = CHALLENGE.transferBatch;
    const mt = CHALLENGE.moveTime;
    if (!Number.isInteger(transferBatch) || transferBatch < tb.min || transferBatch > tb.max) {
      this.error = msg(str`Transfer batch: ${this.batch} is not allowed, must be a whole number from ${tb.min} to ${tb.max}.`);
      return null;
    }
    if (this.move.trim() === '' || !Number.isFinite(moveTime) || moveTime < mt.min || moveTime > mt.max) {
      this.error = msg(str`Move time: ${this.move} is not allowed, must be a number of minutes from ${mt.min} to ${mt.max}.`);
      return null;
    }
    this.error = '';
    return { transferBatch, moveTime };
  }

  /** Runs the line on this phone, with the same engine the server uses. */
  private async runHere(): Promise<void> {
    const p = this.params();
    if (!p) return;
    try {
      const parsed = parseScenario(challengeScenario(await challengePreset(), p));
      if (!parsed.ok) throw new Error(parsed.issues[0]?.message ?? 'invalid');
      const figures = challengeFigures(runScenarioSync(parsed.scenario) as FlowLineOutput);
      if (!figures) throw new Error(msg('the run gave no finite lead time'));
      this.ownRun = figures.leadTime;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private submit(): void {
    const p = this.params();
    const step = this.view?.step;
    if (!p || !step || !this.client) return;
    this.client.send({ t: 'submit', step: step.no, ...p });
    this.pending = this.client.pending();
  }

  private renderJoin() {
    const joined = joinedRoom();
    return html`<h2>${msg('Join a room')}</h2>
      <form novalidate @submit=${(e: Event) => void this.join(e)}>
        <label>${msg('Room code')}<input name="code" id="code" autocomplete="off" autocapitalize="characters" maxlength="8" .value=${normalizeRoomCode(this.code) ?? joined?.code ?? ''} /></label>
        <label>${msg('Your nickname (shown on the board; no real name needed)')}<input name="nickname" id="nickname" autocomplete="nickname" maxlength=${ROOM_LIMITS.maxNickname} .value=${joined?.nickname ?? ''} /></label>
        <button class="primary" type="submit" id="join">${msg('Join')}</button>
      </form>`;
  }

  private renderQuestion(v: TraineeView) {
    const step = v.step;
    const q = step.question;
    if (!q) return nothing;
    const mine = v.answer;
    const waiting = this.pending.some((m) => m.t === 'answer' && m.step === step.no);
    const open = !step.closed && !(step.closesAt !== undefined && Date.now() >= step.closesAt);
    return html`<div class="step">
      <h2 id="question">${questionText(q)}</h2>
      <div class="choices" role="group" aria-labelledby="question">
        ${QUESTIONS[q].choices.map((c) => html`<button type="button" data-choice=${c} aria-pressed=${mine === c ? 'true' : 'false'} ?disabled=${!open} @click=${() => this.answer(c)}>${choiceText(q, c)}</button>`)}
      </div>
      <p id="my-answer" role="status">
        ${mine ? (waiting ? msg(str`Your answer: ${choiceText(q, mine)} — waiting to be sent.`) : msg(str`Your answer: ${choiceText(q, mine)} ✔ received.`)) : open ? msg('Tap your answer. You can change it until the question closes.') : msg('You did not answer this one.')}
      </p>
      ${step.revealed && step.outcome
        ? html`<p class="result" id="reveal">${joinSentences([...(mine ? [mine === step.outcome.choice ? msg('Right.') : msg('Not this time.')] : []), answerSummary(q, step, Object.values(step.distribution ?? {}).reduce((s, n) => s + n, 0))])}</p>`
        : step.closed
          ? html`<p>${msg('The question is closed. Look at the board.')}</p>`
          : nothing}
    </div>`;
  }

  private renderChallenge(v: TraineeView) {
    const target = formatDecimal(v.step.target ?? 0, 1);
    const result = this.submitted ?? v.submission;
    const waiting = this.pending.some((m) => m.t === 'submit');
    return html`<div class="step">
      <h2>${msg(str`Challenge: get the mean lead time below ${target} minutes`)}</h2>
      <label>${msg(str`Transfer batch (${CHALLENGE.transferBatch.min}–${CHALLENGE.transferBatch.max} parts)`)}
        <input id="batch" type="number" inputmode="numeric" min=${CHALLENGE.transferBatch.min} max=${CHALLENGE.transferBatch.max} step="1" .value=${this.batch} @input=${(e: Event) => ((this.batch = (e.target as HTMLInputElement).value), (this.ownRun = null))} />
      </label>
      <label>${msg(str`Move time between stations (${CHALLENGE.moveTime.min}–${CHALLENGE.moveTime.max} minutes)`)}
        <input id="move" type="number" inputmode="decimal" min="0" max=${CHALLENGE.moveTime.max} step="any" .value=${this.move} @input=${(e: Event) => ((this.move = (e.target as HTMLInputElement).value), (this.ownRun = null))} />
      </label>
      <button type="button" id="run-here" @click=${() => void this.runHere()}>${msg('Run it on this phone')}</button>
      ${this.ownRun !== null ? html`<p id="own-run">${msg(str`On this phone: mean lead time ${formatDecimal(this.ownRun, 1)} minutes.`)}</p>` : nothing}
      <button type="button" class="primary" id="submit" ?disabled=${v.step.closed} @click=${() => this.submit()}>${msg('Submit to the board')}</button>
      ${waiting ? html`<p role="status">${msg('Submitted — waiting for the server’s run.')}</p>` : nothing}
      ${result
        ? html`<p class="result" id="submitted" role="status">${msg(str`The server’s engine: ${formatDecimal(result.leadTime, 1)} minutes with a transfer batch of ${result.transferBatch}.`)} ${result.beats ? msg('You beat the target!') : msg('Not below the target yet.')}</p>`
        : nothing}
    </div>`;
  }

  override render() {
    const v = this.view;
    const status = this.status;
    return html`
      ${this.unavailable ? html`<p class="error" role="alert">${unavailableText()}</p>` : nothing}
      ${v ? html`<p class="who">${msg(str`Room ${v.code} · you are ${v.you.nickname}`)}</p>` : nothing}
      ${status && status !== 'online' ? html`<p class="status" role="status" id="room-status">${statusText(status, this.detail)}</p>` : nothing}
      ${!v || status === 'refused' || status === 'removed' || status === 'expired'
        ? this.client && status !== 'refused' && status !== 'removed' && status !== 'expired'
          ? html`<p>${msg('Connecting to the room…')}</p>`
          : this.renderJoin()
        : v.step.kind === 'lobby'
          ? html`<h2>${msg('You are in.')}</h2><p id="lobby">${msg('Wait for the presenter: the question appears here by itself.')}</p>`
          : v.step.kind === 'question'
            ? this.renderQuestion(v)
            : this.renderChallenge(v)}
      ${this.error ? html`<p class="error" role="alert" id="phone-error">${this.error}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-room-phone': GenbaRoomPhone;
  }
}
