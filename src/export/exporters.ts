import { toCsv } from './csv.js';
import { toCypher } from './cypher.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toJson } from './json.js';
import { toStix } from './stix/bundle.js';
import type { ExportContext, ExportFile, ExportFormat, Selection } from './types.js';

/** Each format: its writer, its file extension, and whether it reads actor details (one more query per actor). */
export const EXPORTERS: Record<ExportFormat, { write: (sel: Selection, ctx: ExportContext) => ExportFile[]; details: boolean }> = {
  stix: { write: (s, c) => [{ name: 'nexus.stix.json', content: toStix(s, c) }], details: true },
  graphml: { write: (s) => [{ name: 'nexus.graphml', content: toGraphml(s) }], details: false },
  gexf: { write: (s, c) => [{ name: 'nexus.gexf', content: toGexf(s, c) }], details: false },
  csv: { write: (s) => toCsv(s), details: true },
  cypher: { write: (s, c) => [{ name: 'nexus.cypher', content: toCypher(s, c) }], details: false },
  json: { write: (s, c) => [{ name: 'nexus.json', content: toJson(s, c) }], details: true },
};
