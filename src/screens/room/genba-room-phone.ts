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
import { QUESTIONS } from '../../room/questions.ts';
import { isRightAnswer, ROOM_LIMITS } from '../../room/protocol.ts';
import { joinSentences } from '../../i18n/text.ts';
import '../../components/room/genba-room-challenge.ts';
import type { SubmitParams } from '../../components/room/genba-room-challenge.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { browserClient, joinedRoom, keepJoinedRoom, roomServiceAvailable } from '../../components/room/room-browser.ts';
import { choiceText, questionText, statusText, unavailableText } from '../../components/room/room-text.ts';
import { answerSummary } from '../../components/room/answer-summary.ts';
import { phoneStyles } from './room-styles.ts';

/** What is wrong with a team name typed on the phone (the server's rules), or '' (an empty name is no team). */
function teamNameProblem(team: string): string {
  // eslint-disable-next-line no-control-regex
  if (team.length > ROOM_LIMITS.maxTeamName || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(team)) {
    return msg(str`Team: it must be at most ${ROOM_LIMITS.maxTeamName} characters, without control characters.`);
  }
  return '';
}

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

  private connectTo(code: string, nickname?: string, team?: string): void {
    this.client?.close();
    this.client = browserClient({
      code,
      ...(nickname ? { nickname } : {}),
      ...(team ? { team } : {}),
      onView: (v) => {
        if (v.role !== 'trainee') return;
        if (v.step.no !== this.view?.step.no) this.submitted = null;
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
    const team = (form.elements.namedItem('team') as HTMLInputElement).value.trim();
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
    const teamProblem = teamNameProblem(team);
    if (teamProblem) {
      this.error = teamProblem;
      return;
    }
    this.error = '';
    if (!(await roomServiceAvailable())) {
      this.unavailable = true;
      return;
    }
    keepJoinedRoom({ code, nickname, ...(team ? { team } : {}) });
    this.connectTo(code, nickname, team || undefined);
  }

  private answer(choice: string): void {
    const step = this.view?.step;
    if (!this.client || !step) return;
    this.client.send({ t: 'answer', step: step.no, choice });
    this.view = this.view ? { ...this.view, answer: choice } : null;
    this.pending = this.client.pending();
  }

  private submit(e: CustomEvent<SubmitParams>): void {
    const step = this.view?.step;
    if (!step || !this.client) return;
    this.client.send({ t: 'submit', step: step.no, ...e.detail });
    this.pending = this.client.pending();
  }

  /** Joins a team, or leaves it (an empty name). */
  private changeTeam(e: Event): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('team') as HTMLInputElement;
    const team = input.value.trim();
    const problem = teamNameProblem(team);
    if (problem) {
      this.error = problem;
      return;
    }
    this.error = '';
    if (!this.client) return;
    this.client.send({ t: 'team', team: team || null });
    const joined = joinedRoom();
    if (joined) keepJoinedRoom({ code: joined.code, nickname: joined.nickname, ...(team ? { team } : {}) });
    this.pending = this.client.pending();
  }

  private teamInput(teams: readonly string[], value: string) {
    return html`<label>${msg('Your team (optional: pick one or type a name)')}<input name="team" id="team" list="team-list" autocomplete="off" maxlength=${ROOM_LIMITS.maxTeamName} .value=${value} /></label>
      <datalist id="team-list">${teams.map((t) => html`<option value=${t}></option>`)}</datalist>`;
  }

  private renderJoin() {
    const joined = joinedRoom();
    return html`<h2>${msg('Join a room')}</h2>
      <form novalidate @submit=${(e: Event) => void this.join(e)}>
        <label>${msg('Room code')}<input name="code" id="code" autocomplete="off" autocapitalize="characters" maxlength="8" .value=${normalizeRoomCode(this.code) ?? joined?.code ?? ''} /></label>
        <label>${msg('Your nickname (shown on the board; no real name needed)')}<input name="nickname" id="nickname" autocomplete="nickname" maxlength=${ROOM_LIMITS.maxNickname} .value=${joined?.nickname ?? ''} /></label>
        ${this.teamInput([], joined?.team ?? '')}
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
        ? html`<p class="result" id="reveal">${joinSentences([...(mine ? [isRightAnswer(step.outcome, mine) ? msg('Right.') : msg('Not this time.')] : []), answerSummary(q, step, Object.values(step.distribution ?? {}).reduce((s, n) => s + n, 0))])}</p>`
        : step.closed
          ? html`<p>${msg('The question is closed. Look at the board.')}</p>`
          : nothing}
    </div>`;
  }

  private renderChallenge(v: TraineeView) {
    return html`<div class="step">
      <genba-room-challenge .step=${v.step} .result=${this.submitted ?? v.submission} ?waiting=${this.pending.some((m) => m.t === 'submit')} @genba-room-submit=${(e: CustomEvent<SubmitParams>) => this.submit(e)}></genba-room-challenge>
    </div>`;
  }

  private renderLobby(v: TraineeView) {
    return html`<h2>${msg('You are in.')}</h2>
      <p id="lobby">${msg('Wait for the presenter: the question appears here by itself.')}</p>
      <form class="team" novalidate @submit=${(e: Event) => this.changeTeam(e)}>
        ${this.teamInput(v.teams, v.you.team ?? '')}
        <button type="submit" id="set-team">${msg('Set my team')}</button>
      </form>`;
  }

  override render() {
    const v = this.view;
    const status = this.status;
    return html`
      ${this.unavailable ? html`<p class="error" role="alert">${unavailableText()}</p>` : nothing}
      ${v ? html`<p class="who">${v.you.team ? msg(str`Room ${v.code} · you are ${v.you.nickname}, team ${v.you.team}`) : msg(str`Room ${v.code} · you are ${v.you.nickname}`)}</p>` : nothing}
      ${status && status !== 'online' ? html`<p class="status" role="status" id="room-status">${statusText(status, this.detail)}</p>` : nothing}
      ${!v || status === 'refused' || status === 'removed' || status === 'expired'
        ? this.client && status !== 'refused' && status !== 'removed' && status !== 'expired'
          ? html`<p>${msg('Connecting to the room…')}</p>`
          : this.renderJoin()
        : v.step.kind === 'lobby'
          ? this.renderLobby(v)
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
