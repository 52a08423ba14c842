/**
 * The presenter's window and the room's window talk over a BroadcastChannel (same origin,
 * no server). The room's window (the shell) posts what it shows: the lesson, the guided
 * path's steps, the speaker notes and the buttons a presenter may press. The presenter's
 * window posts commands back: the workshop shortcuts, a step or lesson to go to, a button to
 * press. Everything read from the channel is checked for shape before use: another tab of
 * the same origin could post anything.
 */
import { ROUTES, type Route } from './routes.ts';
import type { ShortcutCommand } from './shortcuts.ts';

export const PRESENTER_CHANNEL = 'genba:v1:presenter';
/** The fragment that opens the presenter's view instead of the app (`index.html#/presenter-view`). */
export const PRESENTER_FRAGMENT = '#/presenter-view';

export interface RoomStep {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly done: boolean;
}

/** A button of the room's screen the presenter may press from the second window. */
export interface RoomAction {
  readonly id: string;
  readonly label: string;
  readonly disabled: boolean;
}

/** What the room's window shows, posted whenever it changes. */
export interface RoomState {
  readonly type: 'state';
  readonly route: Route;
  readonly lessonTitle: string;
  readonly steps: readonly RoomStep[];
  /** The index in `steps` of the current step (the first not done), or -1 when all are done. */
  readonly current: number;
  readonly notes: readonly string[];
  readonly actions: readonly RoomAction[];
  readonly locale: string;
}

export type PresenterCommand =
  | { readonly type: 'hello' }
  | { readonly type: 'command'; readonly command: ShortcutCommand }
  | { readonly type: 'go-step'; readonly section: string }
  | { readonly type: 'go-route'; readonly route: Route }
  | { readonly type: 'press'; readonly id: string };

const COMMANDS: readonly ShortcutCommand[] = ['toggle-play', 'step-forward', 'step-back', 'reset', 'next-step', 'previous-step', 'help'];

const isString = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;
const isRoute = (v: unknown): v is Route => (ROUTES as readonly unknown[]).includes(v);

/** A command from the presenter's window, or null when the message is not one. */
export function readCommand(data: unknown): PresenterCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  switch (d.type) {
    case 'hello':
      return { type: 'hello' };
    case 'command':
      return COMMANDS.includes(d.command as ShortcutCommand) ? { type: 'command', command: d.command as ShortcutCommand } : null;
    case 'go-step':
      return isString(d.section, 100) && /^[\w-]+$/.test(d.section) ? { type: 'go-step', section: d.section } : null;
    case 'go-route':
      return isRoute(d.route) ? { type: 'go-route', route: d.route } : null;
    case 'press':
      return isString(d.id, 100) && /^[\w-]+$/.test(d.id) ? { type: 'press', id: d.id } : null;
    default:
      return null;
  }
}

/** The room's state from a message, or null when the message is not one. */
export function readRoomState(data: unknown): RoomState | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.type !== 'state' || !isRoute(d.route) || !isString(d.lessonTitle) || !isString(d.locale, 20)) return null;
  if (!Array.isArray(d.steps) || !Array.isArray(d.notes) || !Array.isArray(d.actions)) return null;
  if (typeof d.current !== 'number' || !Number.isInteger(d.current)) return null;
  const steps: RoomStep[] = [];
  for (const s of d.steps.slice(0, 20) as unknown[]) {
    const o = (s ?? {}) as Record<string, unknown>;
    if (!isString(o.id, 100) || !isString(o.title) || !isString(o.section, 100) || typeof o.done !== 'boolean') return null;
    steps.push({ id: o.id, title: o.title, section: o.section, done: o.done });
  }
  const actions: RoomAction[] = [];
  for (const a of d.actions.slice(0, 20) as unknown[]) {
    const o = (a ?? {}) as Record<string, unknown>;
    if (!isString(o.id, 100) || !isString(o.label) || typeof o.disabled !== 'boolean') return null;
    actions.push({ id: o.id, label: o.label, disabled: o.disabled });
  }
  const notes = (d.notes.slice(0, 20) as unknown[]).filter((n): n is string => isString(n));
  const current = d.current >= -1 && d.current < steps.length ? d.current : -1;
  return { type: 'state', route: d.route, lessonTitle: d.lessonTitle, steps, current, notes, actions, locale: d.locale };
}

/** The current step of a guided path: the first one not done, or -1 when every one is. */
export function currentStep(steps: readonly { readonly done: boolean }[]): number {
  return steps.findIndex((s) => !s.done);
}

/** Minutes and seconds since a start, as `m:ss` (or `h:mm:ss` past an hour), for the presenter's clock. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
