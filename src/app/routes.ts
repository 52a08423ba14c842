/**
 * The app's screens and how the URL fragment names them: `#/batching`, `#/kaizen`,
 * `#/launch`, `#/pull`, `#/engine`, the room's `#/board` (presenter) and `#/join` (phones; `#/room/CODE`
 * is `#/join` with `code=CODE`), optionally followed by `?…` for screen state. The fragment
 * never reaches a server. An unknown or empty fragment opens the first lesson.
 */
export const ROUTES = ['batching', 'kaizen', 'launch', 'pull', 'engine', 'board', 'join'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'batching';

export interface Location {
  readonly route: Route;
  /** What follows `?` in the fragment (screen state), or ''. */
  readonly query: string;
  /** True when the fragment named a screen that does not exist. */
  readonly unknown: boolean;
}

export function parseFragment(hash: string): Location {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = body.indexOf('?');
  const path = (q >= 0 ? body.slice(0, q) : body).replace(/^\/+/, '');
  const query = q >= 0 ? body.slice(q + 1) : '';
  if (path === '') return { route: DEFAULT_ROUTE, query, unknown: false };
  const room = /^room\/([A-Za-z0-9]{1,12})$/.exec(path);
  if (room) return { route: 'join', query: `code=${room[1]}`, unknown: false };
  const route = (ROUTES as readonly string[]).includes(path) ? (path as Route) : undefined;
  return route ? { route, query, unknown: false } : { route: DEFAULT_ROUTE, query: '', unknown: true };
}

export function fragmentOf(route: Route, query = ''): string {
  return `#/${route}${query ? `?${query}` : ''}`;
}
