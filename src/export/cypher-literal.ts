/** Values as Cypher literals, so that the script needs no parameters: strings quoted and escaped, maps with safe keys. */
export type CypherValue = string | number | boolean | null | undefined | CypherValue[] | { [key: string]: CypherValue };

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function cypherString(s: string): string {
  // Other control characters as \uXXXX: a raw one could end a line inside a statement in some clients.
  return `'${s.replace(/[\\'\n\r\t\b\f]|[\u0000-\u001F\u2028\u2029]/g, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

export function cypherKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``;
}

/** A literal; undefined entries of maps are left out (SET n += {k: null} would remove a property, which is never meant here). */
export function cypherLiteral(v: CypherValue): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  return `{${Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => `${cypherKey(k)}: ${cypherLiteral(x)}`).join(', ')}}`;
}
