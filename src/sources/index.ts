export { planInputs, type Plan } from './expand.js';
export { httpFetcher, DEFAULT_USER_AGENT, type HttpOptions } from './http.js';
export { anyAddress, checkUrl, guardedLookup, nonPublicReason, publicOnly, type AddressPolicy, type LookupFunction } from './address.js';
export { parseFeed, looksLikeFeed, type Feed, type FeedEntry } from './feed.js';
export type { SourceItem, SourceOptions, Fetcher, Fetched } from './types.js';
