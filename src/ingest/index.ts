export { readInput, formatBytes, DEFAULT_MAX_BYTES, type RawInput } from './read.js';
export { decode, type Decoded } from './decode.js';
export { detectFormat } from './detect.js';
export { htmlToText, type HtmlText } from './html.js';
export { isoDate } from './dates.js';
export { documentFromBytes, documentFromText, type IngestOptions } from './document.js';
