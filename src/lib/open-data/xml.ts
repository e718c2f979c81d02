/** Escaping text for XML (feeds and the sitemap): the five characters with a meaning in XML. */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
  return text.replace(/[&<>"']/g, (char) => entities[char]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
