use super::{Named, UnknownName};
use crate::booking::registration::RegistrationStatus;
use crate::booking::triage::ProblemDomain;
use crate::platform::Role;

#[test]
fn a_name_is_the_serde_name_and_parses_back() {
    for s in RegistrationStatus::all() {
        let json = serde_json::to_string(&s).unwrap_or_default();
        assert_eq!(json, format!("\"{}\"", s.as_str()));
        assert_eq!(RegistrationStatus::parse(s.as_str()), Some(s));
    }
    assert_eq!(ProblemDomain::LanguageSpeech.as_str(), "language_speech");
    assert_eq!(Role::parse("city_admin"), Some(Role::CityAdmin));
}

#[test]
fn any_other_text_is_no_member() {
    assert_eq!(Role::parse("admin"), None);
    assert_eq!(Role::parse("City_Admin"), None);
    assert_eq!(RegistrationStatus::parse(""), None);
}

#[test]
fn a_stored_name_reads_back_or_fails_loudly() {
    assert_eq!(
        RegistrationStatus::try_from("no_show".to_string()),
        Ok(RegistrationStatus::NoShow)
    );
    assert_eq!(
        Role::try_from("root".to_string()),
        Err(UnknownName {
            set: "Role",
            name: "root".into()
        })
    );
    assert_eq!(
        crate::booking::Pool::try_from("General".to_string()).map_err(|e| e.to_string()),
        Err("\"General\" is not a known Pool".to_string())
    );
}
