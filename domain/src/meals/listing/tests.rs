use super::*;

#[test]
fn only_an_approved_restaurant_is_public() {
    assert!(Listing::Approved.is_public());
    assert!(!Listing::Pending.is_public() && !Listing::Suspended.is_public());
}

#[test]
fn every_decision_from_every_listing() {
    use Listing::*;
    use ListingAction::*;
    assert_eq!(decide(Pending, Approve, ""), Ok((Approved, String::new())));
    assert_eq!(decide(Suspended, Approve, " back "), Ok((Approved, "back".into())));
    assert_eq!(
        decide(Approved, Approve, ""),
        Err(ListingError::NotApplicable {
            from: Approved,
            action: Approve
        })
    );
    assert_eq!(
        decide(Approved, Suspend, "closed for works"),
        Ok((Suspended, "closed for works".into()))
    );
    assert_eq!(
        decide(Pending, Suspend, "not in Taitung"),
        Ok((Suspended, "not in Taitung".into()))
    );
    assert_eq!(decide(Approved, Suspend, "  "), Err(ListingError::ReasonRequired));
    assert_eq!(
        decide(Suspended, Suspend, "again"),
        Err(ListingError::NotApplicable {
            from: Suspended,
            action: Suspend
        })
    );
    assert_eq!(
        decide(Approved, Suspend, &"x".repeat(MAX_REASON)).map(|r| r.0),
        Ok(Suspended)
    );
    assert_eq!(
        decide(Approved, Suspend, &"x".repeat(MAX_REASON + 1)),
        Err(ListingError::ReasonInvalid)
    );
    assert_eq!(decide(Approved, Suspend, "a\u{7}b"), Err(ListingError::ReasonInvalid));
    assert_eq!(
        decide(Approved, Suspend, "line one\nline two").map(|r| r.0),
        Ok(Suspended)
    );
}

#[test]
fn the_sql_list_names_the_sources() {
    assert_eq!(applies_to_sql(ListingAction::Approve), "'pending', 'suspended'");
    assert_eq!(applies_to_sql(ListingAction::Suspend), "'pending', 'approved'");
}
