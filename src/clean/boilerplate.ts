/** A named rule that recognises a line of page furniture rather than article text. */
export interface BoilerplateRule {
  name: string;
  test(line: string): boolean;
}

const EMAIL = /(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[\w-]+(?:\.[\w-]+)+/;
const WIDGET = /^(?:share(?: this(?: article| story| post)?| on)?|tweet(?: this)?|subscribe\b|follow us|join (?:our|us)|sign (?:up|in)|log ?in|click here|read (?:more|also|next)|also read|related(?: articles| stories| posts| news)?|tags?\s*:|filed under|source link|advertisement|advt\b|sponsored|loading\b|print(?: this)?\b|e-?mail this|comments?\b|leave a (?:comment|reply)|you may (?:also )?like|recommended|trending|more from|most (?:read|popular)|newsletter|download (?:our|the) app|whatsapp\b|telegram\b|facebook\b|twitter\b|linkedin\b|instagram\b|youtube\b|copy link|skip to|back to top|image source|photo credit)/i;

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  { name: 'boilerplate/copyright', test: (l) => /all rights reserved/i.test(l) || (l.length < 300 && /(?:^|\s)(?:©|\(c\)\s*\d{4}|copyright\b)/i.test(l)) },
  { name: 'boilerplate/email', test: (l) => EMAIL.test(l) && (l.length < 150 || /^(?:e-?mail|contact|write to)\b/i.test(l)) },
  { name: 'boilerplate/widget', test: (l) => l.length < 160 && WIDGET.test(l) },
  { name: 'boilerplate/tweet', test: (l) => /pic\.twitter\.com\/|twitter\.com\/\w+\/status|x\.com\/\w+\/status/.test(l) || /^[—–-]\s.*\(@\w+\)/.test(l) || /\(@\w{1,15}\)\s+\w+\s+\d{1,2},\s+\d{4}$/.test(l) },
  { name: 'boilerplate/byline', test: (l) => isByline(l) },
  { name: 'boilerplate/caption', test: (l) => l.length < 200 && /^(?:photo|image|picture|file photo|video|graphic)\s*(?::|credit|courtesy)/i.test(l) },
  { name: 'boilerplate/date-line', test: (l) => isDateLine(l) },
];

/**
 * A byline: "By A", "Written by A", "Staff Reporter"; a credit line "(Reporting by A; Editing by B)";
 * a kind of piece before its author ("ANALYSIS by A, Place"); a line of fields one of which is the
 * author ("News brief | Place | date | By A").
 */
function isByline(l: string): boolean {
  if (/[.!?]["”]?$/.test(l)) return false;
  if (l.length < 100 && (/^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Pp]osted by|[Ee]dited by|[Cc]ompiled by)\s+\p{Lu}/u.test(l) || /^(?:staff (?:reporter|correspondent|writer)|news desk|web desk|desk report)\b/i.test(l))) return true;
  if (l.length < 160 && /^\(\s*(?:additional )?(?:reporting|writing|editing|edited|compiled)\s+by\s+\p{Lu}[^()]*\)$/iu.test(l.trim())) return true;
  if (l.length < 100 && /^(?:news )?(?:analysis|opinion|commentary|comment|explainer|perspective|feature)\s+by\s+\p{Lu}/iu.test(l)) return true;
  return l.length < 150 && l.split('|').length >= 3 && /\|\s*by\s+\p{Lu}/iu.test(l);
}

const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const TIME = '(?:\\s*,?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm)?(?:\\s*[A-Z]{2,4})?)?';
const DATE_LINE = new RegExp(`^(?:${WEEKDAY})?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})${TIME}$`, 'i');

/** A line holding only a date (and maybe a weekday and time): page furniture. */
export function isDateLine(line: string): boolean {
  return line.length < 60 && DATE_LINE.test(line.trim());
}

export function matchBoilerplate(line: string): string | undefined {
  for (const rule of BOILERPLATE_RULES) if (rule.test(line)) return rule.name;
  return undefined;
}

/** The publisher named by a copyright line: its domain, else the name after the year. */
export function publisherFromCopyright(line: string): string | undefined {
  const domain = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|info|news|co|pk|in|ng|uk|tv|ph|af|mm|io|eu|africa)(?:\.[a-z]{2})?)\b/i.exec(line);
  if (domain) return domain[1].toLowerCase();
  const named = /(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*([\p{Lu}][\p{L}&'.\- ]{1,60}?)(?:[.,|]|\s+all rights|$)/iu.exec(line);
  return named?.[1].trim() || undefined;
}

export function emailIn(line: string): string | undefined {
  return EMAIL.exec(line)?.[0];
}
