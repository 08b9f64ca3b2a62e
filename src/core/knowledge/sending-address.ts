import ipaddr from 'ipaddr.js';

/**
 * The sending (client) address a receiving server names in its refusal, for the reverse-DNS examples.
 *
 * A diagnostic often names two addresses: Postfix reports "host mx.example.net[192.0.2.1] said: 450 4.7.25
 * Client host rejected: cannot find your hostname, [203.0.113.9]" — the first is the receiving MX, the
 * second the sender's. So addresses that follow the remote host's name ("host NAME[ip]", "connect to
 * NAME[ip]") or Exchange's last-attempted fields are skipped, and a bracketed address is preferred.
 *
 * ipaddr.js validates and expands what the scan finds (IPv6 zero compression, embedded IPv4), which is easy
 * to get subtly wrong by hand; the scan itself stays a plain regex over a bounded prefix.
 */
const BRACKETED = /\[(?:IPv6:)?([0-9A-Fa-f:.]{3,45})\]/g;
const BARE_IPV4 = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.])/g;
const DOTTED_QUAD = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** What precedes an address that belongs to the receiving side. */
const REMOTE_HOST_BEFORE = /(?:\bhost|\bconnect to)\s+[\w.-]+$|(?:LastAttemptedIP|\{IP)=$/i;
/** How much of a diagnostic is searched (the address sits in the first lines of every format measured). */
const SEARCHED = 2000;

/** For the check that no pattern run over a server's text backtracks badly. */
export const SENDING_ADDRESS_PATTERNS: readonly RegExp[] = [BRACKETED, BARE_IPV4, REMOTE_HOST_BEFORE, DOTTED_QUAD];

export interface SendingAddress {
  kind: 'ipv4' | 'ipv6';
  /** Printed the usual short way ("2001:db8::9"). */
  text: string;
  /** The reverse-DNS name, e.g. "9.113.0.203.in-addr.arpa." or the 32-nibble ip6.arpa name. */
  reverseName: string;
}

/**
 * The sending address the diagnostic names. `bracketedOnly`: only an address in brackets, the way servers
 * quote the client they refuse ("Client host [203.0.113.9] blocked"), for a fact shown as such; the
 * reverse-DNS examples also take a bare one ("Missing reverse DNS for 203.0.113.2").
 */
export function sendingAddressIn(diagnostic: string | null, bracketedOnly = false): SendingAddress | null {
  if (!diagnostic) return null;
  const text = diagnostic.length > SEARCHED ? diagnostic.slice(0, SEARCHED) : diagnostic;
  return firstClientAddress(text, BRACKETED) ?? (bracketedOnly ? null : firstClientAddress(text, BARE_IPV4));
}

function firstClientAddress(text: string, pattern: RegExp): SendingAddress | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const candidate = parsed(match[1]!);
    if (!candidate) continue;
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    if (REMOTE_HOST_BEFORE.test(before)) continue;
    return candidate;
  }
  return null;
}

function parsed(raw: string): SendingAddress | null {
  // (a dotted quad is checked here: ipaddr.js's IPv4 validation measured 14 µs a call)
  if (DOTTED_QUAD.test(raw)) {
    return { kind: 'ipv4', text: raw, reverseName: `${raw.split('.').reverse().join('.')}.in-addr.arpa.` };
  }
  if (!raw.includes(':') || !ipaddr.IPv6.isValid(raw)) return null;
  const address = ipaddr.IPv6.parse(raw);
  if (address.isIPv4MappedAddress()) return parsed(address.toIPv4Address().toString());
  const nibbles = address.toByteArray().map((byte) => byte.toString(16).padStart(2, '0')).join('').split('').reverse().join('.');
  return { kind: 'ipv6', text: address.toString(), reverseName: `${nibbles}.ip6.arpa.` };
}

/** The forward-confirmed reverse DNS pair for an address (names stay documentation examples). */
export function reverseDnsPair(address: SendingAddress, hostName: string): string[] {
  const forward = address.kind === 'ipv4' ? 'A' : 'AAAA';
  return [
    `${address.reverseName} PTR ${hostName}.   (${address.text} → PTR ${hostName})`,
    // (no prose beside the record: the admin steps, in the reader's language, say the name must point back)
    `${hostName}. ${forward} ${address.text}`,
  ];
}
