use super::*;
use proptest::prelude::*;

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[test]
fn the_list_reads_addresses_and_networks_and_refuses_anything_else() {
    let t = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8 ::1").unwrap();
    assert!(t.trusts(ip("127.0.0.1")) && t.trusts(ip("10.20.30.40")) && t.trusts(ip("::1")));
    assert!(t.trusts(ip("::ffff:10.1.2.3")), "an IPv4 address written as IPv6");
    assert!(!t.trusts(ip("192.0.2.1")));
    assert!(TrustedProxies::parse("").unwrap().is_empty());
    assert_eq!(
        TrustedProxies::parse("10.0.0.0/8, proxy.local"),
        Err(BadProxy("proxy.local".into()))
    );
    assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
}

#[test]
fn without_a_trusted_proxy_the_header_is_ignored() {
    let none = TrustedProxies::default();
    assert_eq!(
        client_address(ip("192.0.2.7"), &["198.51.100.1"], &none),
        ip("192.0.2.7")
    );
    let proxy = TrustedProxies::parse("10.0.0.1").unwrap();
    assert_eq!(
        client_address(ip("192.0.2.7"), &["198.51.100.1"], &proxy),
        ip("192.0.2.7"),
        "a client that is not the proxy cannot claim another address"
    );
}

#[test]
fn behind_trusted_proxies_the_first_untrusted_hop_from_the_right_is_the_client() {
    let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
    let peer = ip("10.0.0.1");
    assert_eq!(client_address(peer, &["203.0.113.9"], &proxies), ip("203.0.113.9"));
    assert_eq!(
        client_address(peer, &["1.2.3.4, 203.0.113.9, 10.0.0.2"], &proxies),
        ip("203.0.113.9"),
        "a forged hop to the left and a second proxy to the right"
    );
    assert_eq!(
        client_address(peer, &["1.2.3.4", "203.0.113.9"], &proxies),
        ip("203.0.113.9"),
        "the header given twice reads as one list"
    );
    assert_eq!(
        client_address(peer, &["garbage, 203.0.113.9"], &proxies),
        ip("203.0.113.9")
    );
    assert_eq!(
        client_address(peer, &["203.0.113.9, garbage"], &proxies),
        peer,
        "an unreadable hop our proxy would never write stops the walk"
    );
    assert_eq!(client_address(peer, &[], &proxies), peer, "no header: the proxy itself");
    assert_eq!(client_address(peer, &["10.0.0.3"], &proxies), ip("10.0.0.3"));
}

#[test]
fn ipv6_clients_count_by_their_64_network() {
    assert_eq!(limit_key(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
    assert_eq!(
        limit_key(ip("2001:db8:1:2:ffff:1:2:3")),
        limit_key(ip("2001:db8:1:2::9"))
    );
    assert_ne!(limit_key(ip("2001:db8:1:2::1")), limit_key(ip("2001:db8:1:3::1")));
    assert_eq!(limit_key(ip("192.0.2.1")), "192.0.2.1");
    assert_eq!(limit_key(ip("::ffff:192.0.2.1")), "192.0.2.1");
}

fn any_ip() -> impl Strategy<Value = IpAddr> {
    prop_oneof![
        any::<[u8; 4]>().prop_map(IpAddr::from),
        any::<[u16; 8]>().prop_map(IpAddr::from),
    ]
}

proptest! {
    /// Whatever a client puts in the header before our proxies' hops,
    /// the address found is the one our outermost proxy saw.
    #[test]
    fn a_forged_prefix_changes_nothing(
        forged in proptest::collection::vec("[0-9a-f:., ]{0,20}", 0..4),
        client in any_ip(),
        inner in proptest::collection::vec(0u8..=255, 0..3),
    ) {
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
        prop_assume!(!proxies.trusts(client));
        let mut hops: Vec<String> = forged;
        hops.push(client.to_string());
        hops.extend(inner.iter().map(|n| format!("10.0.0.{n}")));
        let header = hops.join(",");
        prop_assert_eq!(client_address(ip("10.9.9.9"), &[&header], &proxies), canonical(client));
    }

    /// An untrusted peer is always its own client.
    #[test]
    fn an_untrusted_peer_is_the_client(peer in any_ip(), header in ".{0,60}") {
        let proxies = TrustedProxies::parse("10.0.0.0/8, fd00::/8").unwrap();
        prop_assume!(!proxies.trusts(peer));
        prop_assert_eq!(client_address(peer, &[&header], &proxies), canonical(peer));
    }
}
