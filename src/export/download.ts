/**
 * Saving a file from the browser, and file names made from user data.
 *
 * - `downloadBlob(blob, fileName)`: offers the blob as a download through a temporary
 *   `<a download>` (allowed under the app's CSP: no navigation, no script). The object
 *   URL is revoked a little later, once the browser has started the download.
 * - `safeFileName(name, extension, fallback?)`: a name any operating system accepts:
 *   control characters and `< > : " / \ | ? *` become spaces, runs of spaces and dots
 *   fold, leading dots and trailing dots or spaces go, Windows device names (CON, NUL,
 *   COM1…) get a suffix, and the length is capped at 80 characters (without splitting a
 *   character). An empty result falls back to `fallback` ("genba").
 */

const MAX_BASE = 80;
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function safeFileName(name: string, extension: string, fallback = 'genba'): string {
  let base = String(name).normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').replace(/\.{2,}/g, '.').trim();
  base = base.replace(/^[.\s]+/, '');
  if (base.length > MAX_BASE) {
    let end = MAX_BASE;
    const last = base.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    base = base.slice(0, end);
  }
  base = base.replace(/[.\s]+$/, '');
  if (base === '') base = fallback;
  if (WINDOWS_DEVICE.test(base)) base = `${base}-file`;
  const ext = extension.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '');
  return ext === '' ? base : `${base}.${ext}`;
}

/** How long the object URL lives after the click; downloads start well within it. */
const REVOKE_AFTER_MS = 30_000;

export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
