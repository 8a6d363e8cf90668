/**
 * Which IP addresses a user-given URL may reach: public unicast only. Everything
 * that leads into the machine or its network is refused — loopback, private and
 * carrier-grade NAT ranges, link-local (where cloud metadata services listen),
 * unique-local, multicast, broadcast, unspecified, reserved, and IPv6 forms that
 * tunnel an IPv4 address (mapped, 6to4, Teredo, NAT64).
 */
import { lookupTable } from '../../core/lookup';
import ipaddr from 'ipaddr.js';

const DESCRIBE = lookupTable<string>({
	unspecified: 'an unspecified address',
	broadcast: 'a broadcast address',
	multicast: 'a multicast address',
	linkLocal: 'a link-local address',
	loopback: 'a loopback address',
	carrierGradeNat: 'a carrier-grade NAT address',
	private: 'a private-network address',
	reserved: 'a reserved address',
	uniqueLocal: 'a unique-local (private) IPv6 address',
	ipv4Mapped: 'an IPv4-mapped IPv6 address',
	rfc6145: 'an IPv4-translated IPv6 address',
	rfc6052: 'a NAT64 IPv6 address',
	'6to4': 'a 6to4 tunnel address',
	teredo: 'a Teredo tunnel address',
	benchmarking: 'a benchmarking address',
	as112: 'an AS112 address',
	as112v6: 'an AS112 address',
	amt: 'an AMT address',
	orchid2: 'an ORCHID address',
	droneRemoteIdProtocolEntityTags: 'a reserved address'
});

/** Returns why the address may not be fetched, or null when it is a public unicast address. */
export function blockedReason(address: string): string | null {
	let parsed: ipaddr.IPv4 | ipaddr.IPv6;
	try {
		// process() turns ::ffff:a.b.c.d into a.b.c.d, so a mapped loopback is judged as loopback.
		parsed = ipaddr.process(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
	} catch {
		return `${address} is not an IP address`;
	}
	const range = parsed.range();
	if (range === 'unicast') return null;
	const what = DESCRIBE[range] ?? `a ${range} address`;
	const note = address === '169.254.169.254' ? ' (cloud metadata service)' : '';
	return `${parsed.toString()} is ${what}${note}`;
}

export function isIpLiteral(host: string): boolean {
	return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}
