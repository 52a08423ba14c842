/**
 * "Start a room", in the shell's header: asks the room service (only when clicked, so a copy
 * of Genba without the service makes no request), creates a room, keeps its secret in this
 * browser and opens the board. When this browser already hosts a room it opens that board.
 * Without the service it says rooms are unavailable; nothing else changes.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { controlStyles } from '../shared-styles.ts';
import { createRoom, hostedRoom, keepHostedRoom, roomServiceAvailable } from './room-browser.ts';
import { installGuideHook, presenterSession } from './presenter-session.ts';
import { unavailableText } from './room-text.ts';

let hooked = false;

@customElement('genba-room-start')
@localized()
export class GenbaRoomStart extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-block;
      }
      .problem {
        display: block;
        max-width: 28rem;
        color: #a3261d;
        font-size: 0.9rem;
      }
    `,
  ];

  @state() private problem = '';
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!hooked) {
      hooked = true;
      installGuideHook();
    }
    // A room hosted before a reload keeps its phones in step with the guide.
    if (hostedRoom()) presenterSession.start();
  }

  private async start(): Promise<void> {
    this.problem = '';
    if (hostedRoom()) {
      globalThis.location.hash = '#/board';
      return;
    }
    this.busy = true;
    try {
      if (!(await roomServiceAvailable())) {
        this.problem = unavailableText();
        return;
      }
      const room = await createRoom();
      keepHostedRoom(room);
      presenterSession.start();
      globalThis.location.hash = '#/board';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problem = msg(str`The room could not be created: ${reason}`);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const room = hostedRoom();
    return html`<button type="button" id="start-room" ?disabled=${this.busy} @click=${() => void this.start()}>
        ${room ? msg(str`Room ${room.code}`) : msg('Start a room')}
      </button>
      ${this.problem ? html`<span class="problem" role="alert">${this.problem}</span>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-room-start': GenbaRoomStart;
  }
}
