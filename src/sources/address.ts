import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { NexusError } from '../core/index.js';

/** Ranges a fetch started by someone else (a browser user, a feed's link) must not reach, with what they are. */
const RANGES: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'an unspecified address'],
  ['10.0.0.0', 8, 'ipv4', 'a private address'],
  ['100.64.0.0', 10, 'ipv4', 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'ipv4', 'a loopback address'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local address'],
  ['172.16.0.0', 12, 'ipv4', 'a private address'],
  ['192.0.0.0', 24, 'ipv4', 'a reserved address'],
  ['192.168.0.0', 16, 'ipv4', 'a private address'],
  ['198.18.0.0', 15, 'ipv4', 'a benchmarking address'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast address'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved address'],
  ['::', 128, 'ipv6', 'an unspecified address'],
  ['::1', 128, 'ipv6', 'a loopback address'],
  ['fc00::', 7, 'ipv6', 'a private (unique local) address'],
  ['fe80::', 10, 'ipv6', 'a link-local address'],
  ['ff00::', 8, 'ipv6', 'a multicast address'],
];

const LISTS = RANGES.map(([net, prefix, family, why]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, family);
  return { list, family, why };
});

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address ("::ffff:127.0.0.1", "64:ff9b::a00:1"). */
function embeddedV4(ip: string): string | undefined {
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!hex) return undefined;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** Why an address is not public (loopback, private, link-local...), or undefined for a public address. */
export function nonPublicReason(address: string): string | undefined {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (!family) return undefined;
  if (family === 6) {
    const v4 = embeddedV4(ip);
    if (v4) return nonPublicReason(v4);
  }
  return LISTS.find((l) => l.family === (family === 4 ? 'ipv4' : 'ipv6') && l.list.check(ip, l.family))?.why;
}

/** Decides whether a fetch may reach an address: a reason to refuse, or undefined. */
export type AddressPolicy = (address: string) => string | undefined;

export const publicOnly: AddressPolicy = nonPublicReason;
export const anyAddress: AddressPolicy = () => undefined;

export function refused(url: string, host: string, why: string): NexusError {
  return new NexusError('PrivateAddress',
    `refused: ${host} is ${why}; nexus fetches public addresses only (start it with --allow-private-fetch to allow this)`, { subject: url });
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type LookupFunction = (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback) => void;

/**
 * A `lookup` for sockets that checks every address a name resolves to
 * before the connection is made, so a name cannot pass a check and then
 * resolve to 127.0.0.1 when connected (DNS rebinding).
 */
export function guardedLookup(policy: AddressPolicy, resolve: LookupFunction = dnsLookup as unknown as LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, found) => {
      if (err) return callback(err, []);
      const list = found as LookupAddress[];
      for (const a of list) {
        const why = policy(a.address);
        if (why) return callback(Object.assign(refused(hostname, `${hostname} (${a.address})`, why), { code: 'EPRIVATE' }) as unknown as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, list);
      if (!list.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** Checks a URL's host before any connection: an address literal directly, a name through the guarded lookup. */
export async function checkUrl(url: string, policy: AddressPolicy, resolve?: LookupFunction): Promise<void> {
  let host: string;
  try { host = new URL(url).hostname; } catch { throw new NexusError('FetchFailed', 'is not a valid URL', { subject: url }); }
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) {
    const why = policy(bare);
    if (why) throw refused(url, host, why);
    return;
  }
  const lookup = guardedLookup(policy, resolve);
  await new Promise<void>((ok, fail) => lookup(bare, { all: true }, (err) => {
    if (!err) return ok();
    if (err instanceof NexusError) return fail(new NexusError(err.name, err.message, { subject: url }));
    fail(new NexusError('FetchFailed', `cannot be fetched (${err.code === 'ENOTFOUND' ? `no such host ${bare}` : err.message})`, { subject: url, cause: err }));
  }));
}
