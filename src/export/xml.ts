import { XMLBuilder } from 'fast-xml-parser';

/** Characters XML 1.0 cannot carry at all (control characters other than tab and newlines): dropped from values. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlSafe = (s: string) => s.replace(NOT_XML, '');

/**
 * Serialises an object tree to XML with fast-xml-parser's builder, which
 * escapes text and attribute values; keys starting with "@_" are
 * attributes. The tree is written with a declaration, indented.
 */
export function buildXml(root: Record<string, unknown>): string {
  // suppressBooleanAttributes off: the builder would otherwise write an attribute whose value is "true" as a bare name (`value` for value="true"), which is not XML.
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false });
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root });
}
