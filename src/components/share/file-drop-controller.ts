/**
 * A file dropped anywhere on the page opens like one chosen in the share panel (docs/sharing.md).
 * A Lit reactive controller: it listens on the window while its screen is in the page, says
 * whether a file is being dragged over it (`hint`, for the "drop it here" overlay), and hands a
 * dropped file to `open`. Drags of anything but files (text, links) are left to the browser.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { droppedFile, isFileDrag } from '../../export/index.ts';

/** How long the hint stays after the last `dragover` (they come every ~50 ms while dragging). */
export const DROP_HINT_MS = 250;

export class FileDropController implements ReactiveController {
  /** A file is being dragged over the page. */
  hint = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly open: (file: File) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('dragover', this.onDragOver);
    window.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    window.removeEventListener('dragover', this.onDragOver);
    window.removeEventListener('drop', this.onDrop);
    clearTimeout(this.timer);
  }

  private show(hint: boolean): void {
    if (this.hint === hint) return;
    this.hint = hint;
    this.host.requestUpdate();
  }

  private readonly onDragOver = (e: DragEvent): void => {
    if (!isFileDrag(e)) return;
    e.preventDefault(); // Without it the browser would open the file instead of dropping it here.
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.show(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(false), DROP_HINT_MS);
  };

  private readonly onDrop = (e: DragEvent): void => {
    if (!isFileDrag(e)) return;
    e.preventDefault();
    clearTimeout(this.timer);
    this.show(false);
    const file = droppedFile(e);
    if (file) this.open(file);
  };
}
