/**
 * The room's side of the presenter view: a reactive controller of the shell that opens the
 * presenter's window, posts the room's state to it over the BroadcastChannel whenever the
 * state changes (after each render, and once a second while the screen's buttons may change
 * on their own: a run finishing, the results appearing), and hands the presenter's commands
 * to the shell.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PRESENTER_CHANNEL, PRESENTER_FRAGMENT, readCommand, type PresenterCommand, type RoomState } from '../../app/presenter-channel.ts';

export class PresenterLink implements ReactiveController {
  private channel: BroadcastChannel | null = null;
  private timer = 0;
  private lastPosted = '';
  /** True once a presenter's window has said hello: only then is the state posted every second. */
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly state: () => RoomState,
    private readonly onCommand: (command: PresenterCommand) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(PRESENTER_CHANNEL);
    this.channel.onmessage = (e: MessageEvent) => this.receive(e.data);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.channel?.close();
    this.channel = null;
  }

  hostUpdated(): void {
    this.post();
  }

  /** Opens (or brings forward) the presenter's window. False when the browser blocked it. */
  open(): boolean {
    const url = new URL(PRESENTER_FRAGMENT, window.location.href.split('#')[0]).href;
    const win = window.open(url, 'genba-presenter', 'popup,width=900,height=700');
    win?.focus();
    return win !== null;
  }

  private receive(data: unknown): void {
    const command = readCommand(data);
    if (!command) return;
    if (command.type === 'hello') {
      this.connected = true;
      this.lastPosted = '';
      this.post();
      clearInterval(this.timer);
      this.timer = window.setInterval(() => this.post(), 1000);
      return;
    }
    this.onCommand(command);
    // What the command changed (a step scrolled to, a button pressed) is posted at once.
    window.setTimeout(() => this.post(), 50);
  }

  /** Posts the room's state when it differs from what was last posted. */
  post(): void {
    if (!this.channel || !this.connected) return;
    const state = this.state();
    const text = JSON.stringify(state);
    if (text === this.lastPosted) return;
    this.lastPosted = text;
    this.channel.postMessage(state);
  }
}
