/**
 * The buttons of the room's screen that the presenter's window can press: the lesson's main
 * actions (keep the prediction, show the results, run many, run the sweep, apply an
 * improvement, run the markets). They are found by id through the screens' shadow roots, so
 * the screens need no code for the presenter; a button not on the screen is simply not offered.
 */
import type { RoomAction } from './presenter-channel.ts';

/** The ids of the buttons offered, in the order a lesson meets them. */
export const ROOM_ACTION_IDS = ['keep', 'reveal', 'run-many', 'run-sweep', 'apply', 'run'] as const;

/** Every element matching `selector` under `root`, through open shadow roots. */
export function deepQueryAll(root: ParentNode, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: ParentNode): void => {
    found.push(...node.querySelectorAll<HTMLElement>(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  return found;
}

function buttonsOf(root: ParentNode): Map<string, HTMLButtonElement> {
  const byId = new Map<string, HTMLButtonElement>();
  const selector = ROOM_ACTION_IDS.map((id) => `button#${id}`).join(', ');
  for (const el of deepQueryAll(root, selector)) {
    if (el instanceof HTMLButtonElement && !byId.has(el.id)) byId.set(el.id, el);
  }
  return byId;
}

/** The actions the screen offers now, with their labels as the room sees them. */
export function roomActions(root: ParentNode): RoomAction[] {
  const byId = buttonsOf(root);
  return ROOM_ACTION_IDS.filter((id) => byId.has(id)).map((id) => {
    const b = byId.get(id)!;
    return { id, label: (b.textContent ?? '').replace(/\s+/g, ' ').trim(), disabled: b.disabled };
  });
}

/** Presses a button of the screen as the room would, brought into view first. False when it is not there or disabled. */
export function pressRoomAction(root: ParentNode, id: string): boolean {
  const button = buttonsOf(root).get(id);
  if (!button || button.disabled) return false;
  button.scrollIntoView({ block: 'center' });
  button.click();
  return true;
}
