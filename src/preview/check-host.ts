import { hostname, networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The Host headers the preview answers: the address it listens on, with its port. A loopback
 * listener also answers to localhost, 127.0.0.1 and [::1]; one on every interface (0.0.0.0,
 * ::) to this machine's addresses and name. Any other Host is a page on another site reaching
 * 127.0.0.1 by DNS rebinding, and must not read unpublished figures.
 */
export function allowedHosts(listenHost: string, port: number): Set<string> {
  const bracket = (address: string) => (address.includes(':') && !address.startsWith('[') ? `[${address}]` : address);
  const names = new Set<string>([bracket(listenHost).toLowerCase()]);
  const loopback = /^(127\.|::1$|localhost$)/i.test(listenHost);
  const everywhere = listenHost === '0.0.0.0' || listenHost === '::';
  if (loopback || everywhere) LOOPBACK_NAMES.forEach((name) => names.add(name));
  if (everywhere) {
    names.add(hostname().toLowerCase());
    for (const addresses of Object.values(networkInterfaces())) for (const each of addresses ?? []) names.add(bracket(each.address).toLowerCase());
  }
  return new Set([...names].map((name) => `${name}:${port}`));
}

/** Whether a request's Host header names this preview (browsers always send the port when it is not 80). */
export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  return hostHeader !== undefined && allowed.has(hostHeader.trim().toLowerCase());
}
