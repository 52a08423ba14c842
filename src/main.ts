/** The app's entry point: defines the shell; screens load on demand as lessons arrive. */
import './screens/home/genba-app.ts';
