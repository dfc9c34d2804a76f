/**
 * What stays in a note field once the text `sent` is stored, given what the
 * field holds now. The field stays editable while a note saves (issue 16,
 * defect 5), so anything typed meanwhile is kept: words added after the saved
 * text stay, without the line break that began them, and a field whose saved
 * words were changed meanwhile keeps everything, since dropping any of it
 * could lose what the user meant.
 */
export function textLeftAfterSave(sent: string, current: string): string {
  if (current === sent) return '';
  if (current.startsWith(sent)) {
    const added = current.slice(sent.length);
    return added.trim() ? added.trimStart() : '';
  }
  return current;
}
