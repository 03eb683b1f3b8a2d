//! Who a request comes from, for rate limits. Behind a reverse proxy every
//! connection comes from the proxy, so the client's address is read from
//! `X-Forwarded-For`, but only from proxies the operator trusts: anyone can
//! send that header, so it is read from the right (the hop our own proxy
//! added) leftwards, skipping trusted proxies, and the first address that is
//! not a trusted proxy is the client. Whatever a client writes to the left
//! of that changes nothing.
//!
//! Limits count by the key of an address: an IPv4 address itself, and the
//! /64 network of an IPv6 address (one household or phone gets a whole /64,
//! so counting single IPv6 addresses would let one client take billions).

use ipnet::IpNet;
use std::net::IpAddr;

/// The proxies whose `X-Forwarded-For` is believed: addresses or networks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

/// A trusted-proxy entry that is neither an address nor a network.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not an IP address or network: {0:?}")]
pub struct BadProxy(pub String);

impl TrustedProxies {
    /// Parses a comma- or space-separated list such as
    /// `127.0.0.1, 10.0.0.0/8, ::1`; an empty list trusts no proxy.
    pub fn parse(list: &str) -> Result<Self, BadProxy> {
        list.split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| BadProxy(s.to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn trusts(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }
}

/// An IPv4 address written as IPv6 (`::ffff:192.0.2.1`) is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The client's address: the peer itself unless it is a trusted proxy; then
/// the rightmost `X-Forwarded-For` hop that is not a trusted proxy. A hop
/// that cannot be read stops the walk at the last address known good (a
/// trusted proxy never writes one, so it came from the client).
/// `forwarded_for` holds every value of the header, in order.
pub fn client_address(peer: IpAddr, forwarded_for: &[&str], trusted: &TrustedProxies) -> IpAddr {
    let mut client = canonical(peer);
    if !trusted.trusts(client) {
        return client;
    }
    let hops = forwarded_for
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect::<Vec<_>>();
    for hop in hops.into_iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else {
            return client;
        };
        client = canonical(ip);
        if !trusted.trusts(client) {
            return client;
        }
    }
    client
}

/// What rate limits count by: an IPv4 address, or an IPv6 address's /64.
pub fn limit_key(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

#[cfg(test)]
mod tests;
