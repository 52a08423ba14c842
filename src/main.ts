/** The app's entry point: defines the shell; each screen loads on demand. */
import './screens/shell/genba-app.ts';
