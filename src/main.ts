/** The app's entry point: defines the shell; each screen loads on demand. */
// First: the Trusted Types default policy must exist before anything reaches a script sink.
import './app/trusted-types.ts';
// Then the language: the stored choice starts loading before the shell first renders.
import { getLocale, initialLocale, startLocalization } from './i18n/locale.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import { warmUpNumberFormat } from './i18n/format.ts';
// Before the shell: the presenter's window shows the presenter view in its place.
import './app/presenter-window.ts';
import './screens/shell/genba-app.ts';

// A page opening in another language than the source's is not shown until its strings are
// in: drawn in English first, it would jump when the words change (a layout shift of
// 0.06–0.14 on a phone in 简体中文). A failed load shows the page in English.
if (initialLocale() !== getLocale()) {
  document.documentElement.classList.add('locale-loading');
  void startLocalization().finally(() => requestAnimationFrame(() => document.documentElement.classList.remove('locale-loading')));
} else void startLocalization();
registerServiceWorker();
// In a task of its own while the first lesson's code and scenario arrive (see warmUpNumberFormat).
setTimeout(warmUpNumberFormat, 0);
