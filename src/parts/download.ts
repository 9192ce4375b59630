import {textBlob} from './text-blob.js';

/**
 * Saves a file made in the browser (a Blob and an object URL): nothing is
 * uploaded anywhere. Split from `downloadText` so a widget can make the Blob
 * on its first paint (parts/text-blob.ts; its `download()` returns it at
 * once) and load this part only when a file is saved.
 */
export function saveBlob(fileName: string, blob: Blob, doc: Document = document): Blob {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName.replace(/[\\/:*?"<>|]+/g, '-');
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return blob;
}

/**
 * Saves plain text as a file made in the browser: nothing is uploaded
 * anywhere. Line ends become CRLF. `type` is the file's media type (default
 * plain text). Returns the Blob so tests can read it.
 */
export function downloadText(
  fileName: string,
  text: string,
  doc: Document = document,
  type?: string
): Blob {
  return saveBlob(fileName, textBlob(text, type), doc);
}
