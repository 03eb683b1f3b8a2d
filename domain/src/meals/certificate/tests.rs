use super::*;
use crate::meals::certification::Criteria;
use crate::meals::sourcing::SourcedMass;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_county_approves_with_a_level_and_refuses_with_a_reason() {
    use ApplicationStatus::*;
    assert_eq!(
        review(Submitted, Review::Approve, Some(Level::Basic), ""),
        Ok((Approved, String::new()))
    );
    assert_eq!(
        review(Submitted, Review::Approve, None, ""),
        Err(CertificationError::LevelRequired)
    );
    assert_eq!(
        review(Submitted, Review::Reject, None, "  "),
        Err(CertificationError::ReasonRequired)
    );
    assert_eq!(
        review(Submitted, Review::RequestChanges, None, " more photos "),
        Ok((ChangesRequested, "more photos".into()))
    );
    for s in [ChangesRequested, Approved, Rejected] {
        assert_eq!(
            review(s, Review::Approve, Some(Level::Basic), ""),
            Err(CertificationError::NotApplicable)
        );
    }
    assert_eq!(
        review(Submitted, Review::Reject, None, &"x".repeat(MAX_TEXT + 1)),
        Err(CertificationError::ReasonInvalid)
    );
    assert!(Submitted.is_open() && ChangesRequested.is_open() && !Approved.is_open() && !Rejected.is_open());
}

#[test]
fn declarations_and_criteria_are_checked() {
    let d = Declaration {
        seasonal_changes: 13,
        ..Default::default()
    };
    // A file alone is evidence.
    let files = Declaration {
        packaging_files: 1,
        ..Default::default()
    };
    assert!(measures(&[], &[], &files).reusable_packaging && !measures(&[], &[], &files).waste_measures);
    assert_eq!(d.checked(), Err(CertificationError::SeasonalChangesInvalid));
    let d = Declaration {
        seasonal_changes: 4,
        waste_evidence: "  compost bins, photo at the counter ".into(),
        packaging_evidence: "a\u{0}".into(),
        ..Default::default()
    };
    assert_eq!(d.clone().checked(), Err(CertificationError::EvidenceInvalid));
    let ok = Declaration {
        packaging_evidence: String::new(),
        ..d
    }
    .checked()
    .unwrap();
    assert_eq!(ok.waste_evidence, "compost bins, photo at the counter");
    let c = Criteria {
        max_average_kg: 1.2,
        min_local_share: 0.5,
        min_certified_share: 0.2,
        min_seasonal_changes: 2,
        waste_measures: true,
        reusable_packaging: true,
    };
    assert!(c.clone().checked().is_ok());
    for bad in [
        Criteria {
            max_average_kg: 0.0,
            ..c.clone()
        },
        Criteria {
            min_local_share: 1.5,
            ..c.clone()
        },
        Criteria {
            min_certified_share: f64::NAN,
            ..c.clone()
        },
        Criteria {
            min_seasonal_changes: 13,
            ..c.clone()
        },
    ] {
        assert_eq!(bad.checked(), Err(CertificationError::CriteriaInvalid));
    }
}

#[test]
fn measures_come_from_the_menu_and_the_declaration() {
    let lines = [
        SourcedMass {
            kg: 0.3,
            local: true,
            certified: true,
        },
        SourcedMass {
            kg: 0.1,
            local: false,
            certified: false,
        },
    ];
    let d = Declaration {
        seasonal_changes: 2,
        waste_evidence: "bins".into(),
        packaging_evidence: " ".into(),
        ..Default::default()
    };
    let m = measures(&[1.0, 2.0], &lines, &d);
    assert_eq!(m.average_kg, Some(1.5));
    assert!((m.local_share - 0.75).abs() < 1e-12 && (m.certified_share - 0.75).abs() < 1e-12);
    assert!(m.waste_measures && !m.reusable_packaging);
    assert_eq!(measures(&[], &[], &d).average_kg, None);
}

#[test]
fn evidence_is_a_photo_or_a_document_known_by_its_content() {
    assert_eq!(check_evidence(b"%PDF-1.7 ..."), Ok(EvidenceFormat::Pdf));
    assert_eq!(
        check_evidence(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
        Ok(EvidenceFormat::Jpeg)
    );
    let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
    assert_eq!(check_evidence(&png), Ok(EvidenceFormat::Png));
    assert_eq!(check_evidence(b""), Err(EvidenceRefusal::Empty));
    assert_eq!(
        check_evidence(b"<svg onload=alert(1)>"),
        Err(EvidenceRefusal::NotAccepted)
    );
    assert_eq!(check_evidence(b"GIF89a"), Err(EvidenceRefusal::NotAccepted));
    let mut big = b"%PDF-".to_vec();
    big.resize(MAX_EVIDENCE_BYTES, b' ');
    assert_eq!(check_evidence(&big), Ok(EvidenceFormat::Pdf));
    big.push(b' ');
    assert_eq!(check_evidence(&big), Err(EvidenceRefusal::TooLarge));
    assert_eq!(EvidenceFormat::Png.content_type(), "image/png");
}

#[test]
fn a_certificate_is_valid_two_years_then_expires() {
    let t = terms(day(2026, 12, 6));
    assert_eq!(t.expires, day(2028, 12, 6));
    assert_eq!(
        certificate_state(&t, false, false, day(2028, 12, 5)),
        CertificateState::Valid
    );
    assert_eq!(
        certificate_state(&t, false, false, day(2028, 12, 6)),
        CertificateState::Expired
    );
    assert_eq!(
        certificate_state(&t, true, false, day(2027, 1, 1)),
        CertificateState::Revoked
    );
    assert_eq!(
        certificate_state(&t, false, true, day(2027, 1, 1)),
        CertificateState::Replaced
    );
    assert!(!renewal_due(&t, day(2028, 9, 6)));
    assert!(renewal_due(&t, day(2028, 9, 7)));
    assert!(!renewal_due(&t, day(2028, 12, 6)));
    assert_eq!(terms(day(2028, 2, 29)).expires, day(2030, 3, 1));
    assert_eq!(number("TTSF", 2026, 17), "TTSF-2026-00017");
}

#[test]
fn a_file_name_loses_what_could_disguise_it() {
    // "invoice\u{202E}fdp.exe" reads as "invoiceexe.pdf" where bidi marks are honoured.
    assert_eq!(shown_file_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
    assert_eq!(shown_file_name("a\u{2066}b\u{2069}c\u{200F}.pdf"), "abc.pdf");
    assert_eq!(shown_file_name("line\nbreak.png"), "linebreak.png");
    assert_eq!(shown_file_name("\u{202E}\u{0007}"), "evidence");
    assert_eq!(shown_file_name(&"長".repeat(200)).chars().count(), 120);
    assert_eq!(shown_file_name("有機驗證 2026.pdf"), "有機驗證 2026.pdf");
}
