/**
 * Runs before the shell is defined: in the presenter's window (`#/presenter-view`) the page
 * shows the presenter view instead of the app, so the room's notes never share a window
 * with the room's screen.
 */
import { PRESENTER_FRAGMENT } from './presenter-channel.ts';

export const isPresenterWindow = window.location.hash.startsWith(PRESENTER_FRAGMENT);

if (isPresenterWindow) {
  document.querySelector('genba-app')?.replaceWith(document.createElement('genba-presenter-view'));
  void import('../components/presenter/genba-presenter-view.ts');
}
