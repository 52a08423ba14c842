/// <reference lib="webworker" />
/** A Web Worker entry point: the lessons' own runs and kaizen logs (src/lessons/lesson-work.ts), off the main thread. */
import { answerLessonWork } from '../lessons/lesson-work.ts';

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const reply = answerLessonWork(event.data);
  if (reply) self.postMessage(reply);
});
