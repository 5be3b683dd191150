/** A date of any precision ("2017", "2017-05", "2017-05-14") as the interval of days it covers. */
export function dateInterval(value: string): [string, string] {
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  if (/^\d{4}-\d{2}$/.test(value)) {
    const last = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0)).getUTCDate();
    return [`${value}-01`, `${value}-${last}`];
  }
  return [value, value];
}

/** Whether [from, to] (either open) meets a date of any precision. */
export function dateWithin(value: string | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!value) return false;
  const [a, b] = dateInterval(value);
  return (!from || b >= from) && (!to || a <= to);
}
