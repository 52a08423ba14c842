/**
 * The presenter's connection to their room, shared by everything in this tab that drives it:
 * the board and the guide hook (a lesson's prediction step opens its question on every phone).
 * Listeners get each new board view and status.
 */
import type { RoomClient, RoomStatus } from '../../room/client.ts';
import type { BoardView, StepTarget } from '../../room/protocol.ts';
import { questionForStep } from '../../room/questions.ts';
import { GUIDED_PATH, type LessonId } from '../../app/session.ts';
import { parseFragment } from '../../app/routes.ts';
import { browserClient, hostedRoom, type HostedRoom } from './room-browser.ts';

type Listener = () => void;

class PresenterSession {
  room: HostedRoom | null = null;
  view: BoardView | null = null;
  status: RoomStatus = 'connecting';
  detail = '';
  private client: RoomClient | null = null;
  private readonly listeners = new Set<Listener>();

  /** Connects to the room this browser hosts, if any (idempotent). */
  start(): boolean {
    const room = hostedRoom();
    if (!room) return false;
    if (this.client && this.room?.code === room.code) return true;
    this.client?.close();
    this.room = room;
    this.view = null;
    this.client = browserClient({
      code: room.code,
      secret: room.secret,
      onView: (v) => {
        if (v.role === 'presenter') {
          this.view = v;
          this.notify();
        }
      },
      onStatus: (s, d) => {
        this.status = s;
        this.detail = d ?? '';
        this.notify();
      },
    });
    this.client.connect();
    return true;
  }

  stop(): void {
    this.client?.close();
    this.client = null;
    this.room = null;
    this.view = null;
    this.notify();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  advance(to: StepTarget): void {
    if (this.client && this.room) this.client.send({ t: 'advance', secret: this.room.secret, to });
  }

  reveal(step: number): void {
    if (this.client && this.room) this.client.send({ t: 'reveal', secret: this.room.secret, step });
  }

  close(step: number): void {
    if (this.client && this.room) this.client.send({ t: 'close', secret: this.room.secret, step });
  }

  teams(teams: readonly string[]): void {
    if (this.client && this.room) this.client.send({ t: 'teams', secret: this.room.secret, teams: [...teams] });
  }

  remove(participant: string): void {
    if (this.client && this.room) this.client.send({ t: 'remove', secret: this.room.secret, participant });
  }
}

export const presenterSession = new PresenterSession();

/**
 * The guide hook: when the presenter (a browser hosting a room) goes to a step of the guided
 * path that has a room question, every phone gets that question. It listens to the guide's own
 * `genba-guide-go` event, so the lesson screens are not changed.
 */
export function installGuideHook(target: EventTarget = globalThis): void {
  target.addEventListener('genba-guide-go', (e) => {
    const section = (e as CustomEvent<{ section?: unknown }>).detail?.section;
    if (typeof section !== 'string' || !hostedRoom()) return;
    const route = parseFragment(globalThis.location.hash).route;
    if (!(route in GUIDED_PATH)) return;
    const step = GUIDED_PATH[route as LessonId].steps.find((s) => s.section === section);
    const question = step ? questionForStep(route, step.id) : null;
    if (!question || !presenterSession.start()) return;
    const current = presenterSession.view?.step;
    if (current?.kind === 'question' && current.question === question && !current.closed) return;
    presenterSession.advance({ kind: 'question', question });
  });
}
