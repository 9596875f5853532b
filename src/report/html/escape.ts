// Escaping for the HTML report: every piece of article text and every fact field goes through here.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Article text for a `white-space: pre-wrap` block: escaped, CR line ends normalised, long blank runs collapsed. */
export function escapeText(s: string): string {
  return escapeHtml(s.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n'));
}
