/**
 * Offers text to the reader as a file download, from an extension page: the file is made in the
 * page itself, so nothing leaves the machine. `type` is the file's MIME type.
 */
export function downloadText(doc: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Let the browser start reading the file before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
