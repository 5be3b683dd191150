const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Normalises a metadata date ("2024-07-31T10:00:00Z", "31 July 2024",
 * "Jul 31, 2024", "2018-05-10") to YYYY-MM-DD, or undefined.
 */
export function isoDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  m = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(s);
  if (m && MONTHS.includes(m[2].slice(0, 3).toLowerCase())) return ymd(m[3], m[2], m[1]);
  m = /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(s);
  if (m && MONTHS.includes(m[1].slice(0, 3).toLowerCase())) return ymd(m[3], m[1], m[2]);
  return undefined;
}

function ymd(year: string, month: string, day: string): string {
  const mm = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return `${year}-${String(mm).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
