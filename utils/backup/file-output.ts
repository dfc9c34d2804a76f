/** Puts the letter on the clipboard; false if the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves the letter as a file through an ordinary download link: no permission needed. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Prints the letter alone from a hidden frame. The text goes in with
 * textContent, never as markup, whatever the notes contain.
 */
export function printText(text: string, title: string): void {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;';
  document.body.append(frame);
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) return frame.remove();
  doc.title = title;
  const pre = doc.createElement('pre');
  pre.style.cssText = 'white-space:pre-wrap;font:14px/1.6 Georgia,serif;margin:32px;';
  pre.textContent = text;
  doc.body.append(pre);
  win.addEventListener('afterprint', () => frame.remove());
  win.print();
}
