/** Text from articles goes into HTML only through this: every character that could open markup is an entity. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Text from articles in Markdown: punctuation that Markdown or inline HTML
 * would read is backslash-escaped (CommonMark shows it as the character),
 * and line breaks become spaces so a quote cannot end its table row or list item.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, '\\$&');
}
