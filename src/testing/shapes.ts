// Input shapes that stress the cleaner and the extractor: each builds a text
// of about `bytes` bytes. Shared by the linearity benchmark (bench/linearity.ts)
// and the fuzz test (src/pipeline/fuzz.test.ts), so both probe the same cases.

const PROSE = `Fighters of the Northern Front attacked an army post near the river town of Kaso on Friday, the regional governor said. The group has been funded by a businessman in the capital, according to a report by the Lake Research Centre. Colonel Adamu Bello said twelve soldiers were killed and that reinforcements were sent.\n\n`;

// Varied news prose: no two paragraphs alike, so the cleaner's duplicate
// rules do not drop the text (a fixed seed: the same text every run).
const GROUPS = ['the Northern Front', 'Boko Haram', 'al-Shabaab', 'the Arakan Army', 'the ELN', 'Hezbollah', 'the Sahel Brigade', 'the River Militia'];
const STATES = ['Nigeria', 'Somalia', 'Myanmar', 'Colombia', 'Lebanon', 'Mali', 'Niger', 'Chad'];
const VERBS = ['attacked', 'funded', 'arrested', 'released', 'praised', 'accused', 'negotiated with', 'sheltered'];
const PEOPLE = ['Adamu Bello', 'Maria Torres', 'Hassan Abdi', 'Aung Min', 'Ibrahim Keita', 'Sara Haddad'];
const SOURCES = ['the governor said', 'a spokesman told reporters', 'according to the Lake Research Centre', 'the army said in a statement'];

export function prose(bytes: number): string {
  let seed = 7;
  const pick = <T>(xs: T[]): T => { seed = (seed * 1103515245 + 12345) % 2147483648; return xs[seed % xs.length]; };
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const para = `Fighters of ${pick(GROUPS)} ${pick(VERBS)} ${pick(GROUPS)} near ${pick(STATES)}'s border on day ${i}, ${pick(SOURCES)}. Commander ${pick(PEOPLE)} said ${i % 97 + 2} soldiers were killed in ${pick(STATES)} and that ${pick(STATES)} had sent ${i % 13 + 1} million dollars. ${pick(PEOPLE)} of ${pick(GROUPS)} was detained by ${pick(STATES)} in March ${2000 + (i % 25)}.\n\n`;
    parts.push(para);
    n += para.length;
  }
  return parts.join('').slice(0, bytes);
}

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))).slice(0, bytes);
}

export interface Shape {
  name: string;
  /** html shapes are read through the HTML reader. */
  format: 'text' | 'html';
  make(bytes: number): string;
}

export const SHAPES: Shape[] = [
  { name: 'prose', format: 'text', make: prose },
  { name: 'same paragraph', format: 'text', make: (n) => fill(PROSE, n) },
  { name: 'one token', format: 'text', make: (n) => fill('a', n) },
  { name: 'one token (mixed)', format: 'text', make: (n) => fill('ab1.x@-_', n) },
  { name: 'one long line', format: 'text', make: (n) => prose(n).replace(/\n/g, ' ') },
  { name: 'capitalised words', format: 'text', make: (n) => fill('Abu Bakr Al ', n) },
  { name: 'repeated blocks', format: 'text', make: (n) => fill('Subscribe to our newsletter.\n\nThe army said the group attacked the town.\n\n', n) },
  { name: 'control characters', format: 'text', make: (n) => fill('a\u0001b\u0007 \u000b\u001f\u007f.', n) },
  { name: 'mixed scripts', format: 'text', make: (n) => fill('Boko Haram حركة الشباب Исламское государство 伊斯兰国 said. ', n) },
  { name: 'punctuation', format: 'text', make: (n) => fill('(((,,,...""\'\'---', n) },
  { name: 'deep html', format: 'html', make: (n) => { const k = Math.max(1, Math.floor(n / 40)); return `${'<div><span>The army said '.repeat(k)}${'</span></div>'.repeat(k)}`; } },
  { name: 'html article', format: 'html', make: (n) => `<html><head><title>Raid</title></head><body><nav><a href="/">Home</a></nav><article>${prose(n).split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Copyright 2024</footer></body></html>` },
  { name: 'unclosed tags', format: 'html', make: (n) => `<p>${fill('<a <b x="1" The army said ', n)}` },
  { name: 'long html paragraph', format: 'html', make: (n) => `<html><body><article><p>${prose(n).replace(/\n/g, ' ')}</p></article></body></html>` },
];
