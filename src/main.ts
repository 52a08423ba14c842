/** The app's entry point: defines the shell; each screen loads on demand. */
// First: the Trusted Types default policy must exist before anything reaches a script sink.
import './app/trusted-types.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import './screens/shell/genba-app.ts';

registerServiceWorker();
