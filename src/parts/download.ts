/**
 * Saves plain text as a file made in the browser (a Blob and an object URL):
 * nothing is uploaded anywhere. Line ends become CRLF. `type` is the file's
 * media type (default plain text). Returns the Blob so tests can read it.
 */
export function downloadText(
  fileName: string,
  text: string,
  doc: Document = document,
  type = 'text/plain;charset=utf-8'
): Blob {
  const blob = new Blob([text.replace(/\r?\n/g, '\r\n')], {type});
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
