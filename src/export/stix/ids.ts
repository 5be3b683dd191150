import { v5 as uuidv5 } from 'uuid';

/** The namespace OpenCTI (pycti) derives its deterministic ids in (../shared/stix2-json-schemas/OPENCTI-IDS.md). */
export const OPENCTI_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** nexus's own namespace for the objects OpenCTI has no rule for (reports, relationships, notes, the bundle). */
export const NEXUS_NAMESPACE = '024eaeb1-803c-4ca9-b235-ea8505994262';

/** RFC 8785 canonical JSON for the plain objects hashed here: keys sorted at every level, no spaces. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** TYPE--UUIDv5(OpenCTI namespace, JCS(data)): the id OpenCTI itself gives the object, so imports merge. */
export function openctiId(type: string, data: Record<string, unknown>): string {
  return `${type}--${uuidv5(canonicalJson(data), OPENCTI_NAMESPACE)}`;
}

/** A deterministic id for objects nexus owns, from what identifies them (a document id, a claim id, an assertion). */
export function nexusId(type: string, data: Record<string, unknown>): string {
  return `${type}--${uuidv5(canonicalJson(data), NEXUS_NAMESPACE)}`;
}

/** OpenCTI compares names lower-cased and trimmed. */
export const idName = (name: string) => name.trim().toLowerCase();
