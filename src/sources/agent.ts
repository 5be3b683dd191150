/** The HTTP user agent nexus sends by default (apart so that the CLI can show it without loading the HTTP client). */
export const DEFAULT_USER_AGENT = 'nexus/0.1 (evidence-graph research tool; one request at a time)';
