/** The app's screens: title, navigation link, how each loads and renders (the shell's table). */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { parseFragment, type Route } from '../../app/routes.ts';

export interface ScreenEntry {
  /** The page title, in the page's language. */
  readonly title: () => string;
  /** The navigation link, in the page's language. */
  readonly short: () => string;
  readonly load: () => Promise<unknown>;
  readonly render: () => TemplateResult;
  /** Listed in the main navigation (the developer's engine check is not: its route stays). */
  readonly inNav: boolean;
}

export const SCREENS: Record<Route, ScreenEntry> = {
  batching: {
    title: () => msg('Lesson 1 · The batching illusion'),
    short: () => msg('1 · Batching illusion'),
    load: () => import('../flow/genba-flow-screen.ts'),
    render: () => html`<genba-flow-screen></genba-flow-screen>`,
    inNav: true,
  },
  kaizen: {
    title: () => msg('Lesson 2 · It was tried, and it failed'),
    short: () => msg('2 · It failed before'),
    load: () => import('../kaizen/genba-kaizen-screen.ts'),
    render: () => html`<genba-kaizen-screen></genba-kaizen-screen>`,
    inNav: true,
  },
  launch: {
    title: () => msg('Lesson 3 · The fish that got away'),
    short: () => msg('3 · Launch sizing'),
    load: () => import('../launch/genba-launch-screen.ts'),
    render: () => html`<genba-launch-screen></genba-launch-screen>`,
    inNav: true,
  },
  pull: {
    title: () => msg('Lesson 4 · Only what is needed, when it is needed'),
    short: () => msg('4 · Push or pull'),
    load: () => import('../pull/genba-pull-screen.ts'),
    render: () => html`<genba-pull-screen></genba-pull-screen>`,
    inNav: true,
  },
  engine: {
    title: () => msg('Engine check: run a preset scenario'),
    short: () => msg('Engine check'),
    load: () => import('../engine/genba-scenario-runner.ts'),
    render: () => html`<genba-scenario-runner></genba-scenario-runner>`,
    inNav: false,
  },
  board: {
    title: () => msg('Room board'),
    short: () => msg('Room board'),
    load: () => import('../room/genba-room-board.ts'),
    render: () => html`<genba-room-board></genba-room-board>`,
    inNav: false,
  },
  join: {
    title: () => msg('Join a room'),
    short: () => msg('Join a room'),
    load: () => import('../room/genba-room-phone.ts'),
    render: () => html`<genba-room-phone code=${new URLSearchParams(parseFragment(window.location.hash).query).get('code') ?? ''}></genba-room-phone>`,
    inNav: false,
  },
};
