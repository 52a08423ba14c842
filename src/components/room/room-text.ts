/** The room's words, in the page's language (docs/i18n.md). */
import { msg } from '@lit/localize';
import { winnerChoice, winnerWord } from '../../lessons/batching/prediction.ts';
import type { QuestionId } from '../../room/questions.ts';
import type { RoomStatus } from '../../room/client.ts';

export function questionText(q: QuestionId): string {
  switch (q) {
    case 'batching.first':
      return msg('Which line delivers its first good unit first?');
    case 'batching.finish':
      return msg('Which line finishes the whole order first?');
  }
}

/** A choice as a button label. */
export const choiceText = (_q: QuestionId, choice: string): string => (choice === 'batch' || choice === 'flow' || choice === 'same' ? winnerChoice(choice) : choice);
/** A choice inside a sentence. */
export const choiceWord = (_q: QuestionId, choice: string): string => (choice === 'batch' || choice === 'flow' || choice === 'same' ? winnerWord(choice) : choice);

export function statusText(status: RoomStatus, detail = ''): string {
  switch (status) {
    case 'connecting':
      return msg('Connecting to the room…');
    case 'online':
      return msg('Connected');
    case 'offline':
      return msg('Connection lost: reconnecting by itself. What you send is kept and sent when it is back.');
    case 'removed':
      return msg('The presenter removed you from this room.');
    case 'expired':
      return msg('This room has ended.');
    case 'refused':
      return detail;
  }
}

export const unavailableText = (): string =>
  msg('Rooms are unavailable here: this copy of Genba runs without the room service (start it with npm start or npx genba serve). Everything else works as usual.');
