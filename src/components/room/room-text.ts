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
    case 'kaizen.first-fix':
      return msg('The line in one-piece flow: which single fix cuts its lead time most?');
    case 'kaizen.flow-wins':
      return msg('After the fixes, does one-piece flow beat the batches of 10 on lead time?');
    case 'launch.earns-more':
      return msg('Forecast or pilot: which earns more on average?');
    case 'launch.loses-more':
      return msg('Forecast or pilot: which loses money more often?');
    case 'pull.delivers-more':
      return msg('Push or pull: which line delivers more?');
    case 'pull.less-wip':
      return msg('Push or pull: which line holds less work in progress?');
  }
}

function otherChoice(choice: string, inSentence: boolean): string {
  switch (choice) {
    case 'smed':
      return inSentence ? msg('making the die fetch external (SMED)') : msg('Make the die fetch external (SMED)');
    case 'quick-change':
      return inSentence ? msg('quick-change tooling on the die swap') : msg('Quick-change tooling on the die swap');
    case 'process-batch':
      return inSentence ? msg('setting up once for ten parts') : msg('Set up once for ten parts');
    case 'check':
      return inSentence ? msg('a check at the press (poka-yoke)') : msg('A check at the press (poka-yoke)');
    case 'no-walk':
      return inSentence ? msg('no walk to the parts rack at assembly') : msg('No walk to the parts rack at assembly');
    case 'label':
      return inSentence ? msg('the label fitted at packing') : msg('Fit the label at packing');
    case 'forecast':
      return inSentence ? msg('committing to the forecast') : msg('Commit to the forecast');
    case 'pilot':
      return inSentence ? msg('the pilot') : msg('Pilot, then scale up');
    case 'push':
      return inSentence ? msg('the pushed line') : msg('The pushed line');
    case 'pull':
      return inSentence ? msg('the pulled line') : msg('The pulled line');
    default:
      return choice;
  }
}

/** Lessons 3 and 4 say "about the same"; lessons 1 and 2 keep lesson 1's words. */
const aboutTheSame = (q: QuestionId, inSentence: boolean): string | null =>
  q.startsWith('launch.') || q.startsWith('pull.') ? (inSentence ? msg('about the same') : msg('About the same')) : null;

/** A choice as a button label. */
export const choiceText = (q: QuestionId, choice: string): string =>
  choice === 'same' ? (aboutTheSame(q, false) ?? winnerChoice('same')) : choice === 'batch' || choice === 'flow' ? winnerChoice(choice) : otherChoice(choice, false);
/** A choice inside a sentence. */
export const choiceWord = (q: QuestionId, choice: string): string =>
  choice === 'same' ? (aboutTheSame(q, true) ?? winnerWord('same')) : choice === 'batch' || choice === 'flow' ? winnerWord(choice) : otherChoice(choice, true);

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
