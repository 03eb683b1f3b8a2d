use super::*;
use crate::Named;
use crate::booking::referral::Deadline;
use crate::booking::triage::ProblemDomain;
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn input(birth: &str, observed: &str) -> ReferralInput {
    ReferralInput {
        birth_date: d(birth),
        observed_on: d(observed),
        observation: "  只說單字, 不太理人 ".into(),
        domains: [ProblemDomain::LanguageSpeech].into(),
    }
}

#[test]
fn a_referral_is_checked_and_a_late_one_is_flagged_not_refused() {
    let today = d("2026-11-28");
    let r = Referral::new(input("2024-09-01", "2026-11-25"), today).unwrap();
    assert_eq!(r.observation, "只說單字, 不太理人");
    assert!(!r.is_late());
    // Observed 8 days ago: a day late, still accepted.
    let late = Referral::new(input("2024-09-01", "2026-11-20"), today).unwrap();
    assert!(late.is_late());
    let on_time = Referral::new(input("2024-09-01", "2026-11-21"), today).unwrap();
    assert!(!on_time.is_late());
}

#[test]
fn a_referral_refuses_what_cannot_be_true() {
    let today = d("2026-11-28");
    let e = |i| Referral::new(i, today).unwrap_err();
    assert_eq!(e(input("2026-12-01", "2026-11-25")), ReferralError::BirthInFuture);
    assert_eq!(e(input("2024-09-01", "2026-11-29")), ReferralError::ObservedInFuture);
    assert_eq!(e(input("2026-11-01", "2026-10-25")), ReferralError::ObservedBeforeBirth);
    // Seven on 28 November 2026 exactly: too old; a day younger: fine.
    assert_eq!(e(input("2019-11-28", "2026-11-25")), ReferralError::ChildTooOld);
    assert!(Referral::new(input("2019-11-29", "2026-11-25"), today).is_ok());
    let mut blank = input("2024-09-01", "2026-11-25");
    blank.observation = "   ".into();
    assert_eq!(e(blank), ReferralError::ObservationMissing);
    let mut long = input("2024-09-01", "2026-11-25");
    long.observation = "字".repeat(OBSERVATION_MAX_CHARS + 1);
    assert_eq!(e(long), ReferralError::ObservationTooLong);
    let mut none = input("2024-09-01", "2026-11-25");
    none.domains.clear();
    assert_eq!(e(none), ReferralError::NoDomain);
}

#[test]
fn the_contact_clock_runs_until_the_first_contact_and_remembers_lateness() {
    let (observed, reported, due) = (d("2026-11-16"), d("2026-11-24"), d("2026-11-27"));
    let running = CaseClocks::on(observed, reported, due, None, d("2026-11-26"));
    assert_eq!(running.report_due, d("2026-11-23"));
    assert!(running.reported_late);
    assert_eq!(running.contact, ContactClock::Running(Deadline::DaysLeft(1)));
    assert!(!running.contact_overdue());
    let overdue = CaseClocks::on(observed, reported, due, None, d("2026-11-30"));
    assert!(overdue.contact_overdue());
    let made_late = CaseClocks::on(observed, reported, due, Some(d("2026-11-30")), d("2026-12-05"));
    assert_eq!(
        made_late.contact,
        ContactClock::Made {
            on: d("2026-11-30"),
            late: true
        }
    );
    assert!(!made_late.contact_overdue());
    let made_on_the_day = CaseClocks::on(observed, reported, due, Some(due), due);
    assert_eq!(made_on_the_day.contact, ContactClock::Made { on: due, late: false });
}

#[test]
fn a_case_opened_on_friday_is_due_after_the_weekend() {
    use crate::booking::referral::{WorkingDays, contact_due};
    assert_eq!(
        contact_due(d("2026-11-27"), 3, &WorkingDays::default()),
        d("2026-12-02")
    );
}

#[test]
fn the_queue_puts_unreached_families_first_by_deadline() {
    let mut cases = [
        (
            "contacted, old",
            queue_rank(d("2026-11-01"), Some(d("2026-11-02")), d("2026-10-28")),
        ),
        ("new, due later", queue_rank(d("2026-12-03"), None, d("2026-11-28"))),
        ("new, overdue", queue_rank(d("2026-11-20"), None, d("2026-11-17"))),
        (
            "contacted, recent",
            queue_rank(d("2026-11-25"), Some(d("2026-11-24")), d("2026-11-20")),
        ),
    ];
    cases.sort_by_key(|c| c.1);
    let order: Vec<_> = cases.iter().map(|c| c.0).collect();
    assert_eq!(
        order,
        ["new, overdue", "new, due later", "contacted, old", "contacted, recent"]
    );
}

#[test]
fn the_stage_follows_contact_booking_and_outcome() {
    assert_eq!(CaseStage::of(None, false, None), CaseStage::New);
    assert_eq!(CaseStage::of(Some(d("2026-11-20")), false, None), CaseStage::Contacted);
    assert_eq!(CaseStage::of(None, true, None), CaseStage::Booked);
    assert_eq!(
        CaseStage::of(None, true, Some(CaseOutcome::Assessed)),
        CaseStage::Closed(CaseOutcome::Assessed)
    );
}

#[test]
fn contacts_and_closings_are_checked() {
    let (opened, today) = (d("2026-11-20"), d("2026-11-28"));
    assert!(check_contact(opened, d("2026-11-20"), today, "").is_ok());
    assert_eq!(
        check_contact(opened, d("2026-11-29"), today, ""),
        Err(CaseError::ContactInFuture)
    );
    assert_eq!(
        check_contact(opened, d("2026-11-19"), today, ""),
        Err(CaseError::ContactBeforeOpening)
    );
    let long = "字".repeat(NOTE_MAX_CHARS + 1);
    assert_eq!(check_contact(opened, today, today, &long), Err(CaseError::NoteTooLong));
    assert_eq!(
        check_close(CaseOutcome::Assessed, false, ""),
        Err(CaseError::NotAssessed)
    );
    assert!(check_close(CaseOutcome::Assessed, true, "").is_ok());
    assert!(check_close(CaseOutcome::FamilyDeclined, false, "家長婉拒").is_ok());
}

#[test]
fn case_numbers_look_like_references_with_their_own_prefix() {
    let n = CaseNumber::from_random(0x1234_5678);
    assert!(n.as_str().starts_with("RC-"));
    assert_eq!(n.as_str().len(), 11);
    assert_ne!(n, CaseNumber::from_random(0x1234_5679));
    // A referral's receipt is another kind of number: it never reads as a case's.
    let r = ReferralReceipt::from_random(0x1234_5678);
    assert!(r.as_str().starts_with("RF-") && r.as_str().len() == 11);
    assert_eq!((&r.as_str()[3..], &r.as_str()[..3]), (&n.as_str()[3..], "RF-"));
    for k in ReporterKind::all() {
        assert_eq!(ReporterKind::parse(k.as_str()), Some(k));
    }
    assert_eq!(ReporterKind::from(InstitutionKind::Medical), ReporterKind::Medical);
}
