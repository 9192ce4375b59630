/**
 * Plain text as a Blob, with CRLF line ends (so Notepad shows its lines).
 * `type` is its media type. In its own module so a widget can make a file's
 * Blob on its first paint (its `download()` returns it at once) while the
 * code that saves it (./download.ts) comes only when a file is saved.
 */
export const textBlob = (text: string, type = 'text/plain;charset=utf-8'): Blob =>
  new Blob([text.replace(/\r?\n/g, '\r\n')], {type});
