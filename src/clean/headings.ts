/**
 * A heading is a short line without closing punctuation that starts with a
 * capital or a quote ("Strange Bedfellows", "The ‘Marriage Makers’").
 */
export function looksLikeHeading(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > 120) return false;
  if (s.split(/\s+/).length > 16) return false;
  if (/[.!,;:…]$/.test(s)) return false;
  if (/[.!?]["”’']?$/.test(s)) return false;
  return /^[\p{Lu}\d"“‘'(]/u.test(s);
}
