//! What a set of profiles must satisfy before a server starts on it.

use super::government::{Government, Service};
use crate::text::Bilingual;
use std::collections::HashSet;

/// Where in a government's profile a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Where {
    /// A key of `government.toml`, dotted (`early_intervention.sms_tag`).
    Field(&'static str),
    /// The `n`-th area of `areas.csv` (0-based; its line is n + 2).
    Area(usize),
    /// `areas.csv` as a whole.
    Areas,
}

/// One problem of one government's profile (`government`: its index).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub government: usize,
    pub at: Where,
    pub what: String,
}

/// Every problem of the installation's governments, in order.
pub fn check(governments: &[Government]) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    let mut codes = HashSet::new();
    let mut area_codes = HashSet::new();
    let mut area_keys = HashSet::new();
    let mut served = HashSet::new();
    for (i, g) in governments.iter().enumerate() {
        let mut say = |at: Where, what: String| {
            out.push(Problem {
                government: i,
                at,
                what,
            })
        };
        if !(2..=40).contains(&g.id.len())
            || !g
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            say(
                Where::Field("id"),
                "must be 2 to 40 lower-case letters, digits or dashes".into(),
            );
        } else if !ids.insert(g.id.clone()) {
            say(Where::Field("id"), format!("{:?} is used by another profile", g.id));
        }
        if !digits(&g.code, 5) {
            say(
                Where::Field("code"),
                "must be the Ministry of the Interior's 5-digit code".into(),
            );
        } else if !codes.insert(g.code.clone()) {
            say(Where::Field("code"), format!("{} is used by another profile", g.code));
        }
        for (field, text) in [
            ("name", &g.name),
            ("place", &g.place),
            ("short", &g.short),
            ("contact.address", &g.contact.address),
        ] {
            if blank(text) {
                say(Where::Field(field), "needs zh_tw and en".into());
            }
        }
        if g.contact.phone.trim().is_empty()
            || !g
                .contact
                .phone
                .chars()
                .all(|c| c.is_ascii_digit() || "-+ ()#".contains(c))
        {
            say(
                Where::Field("contact.phone"),
                "must be a phone number (digits, spaces, dashes)".into(),
            );
        }
        if !g.contact.website.starts_with("https://") {
            say(Where::Field("contact.website"), "must be an https:// address".into());
        }
        if g.contact
            .email
            .as_deref()
            .is_some_and(|e| crate::platform::Email::parse(e).is_err())
        {
            say(Where::Field("contact.email"), "is not an e-mail address".into());
        }
        if g.services.is_empty() {
            say(
                Where::Field("services"),
                "must name at least one of early-intervention, meals".into(),
            );
        }
        for s in &g.services {
            if !served.insert(*s) {
                say(
                    Where::Field("services"),
                    format!(
                        "{s:?} is already run by another profile; one installation runs each service for one government"
                    ),
                );
            }
        }
        let runs = |s: Service| g.services.contains(&s);
        match (&g.early_intervention, runs(Service::EarlyIntervention)) {
            (None, true) => say(
                Where::Field("early_intervention"),
                "is missing: the government runs early-intervention".into(),
            ),
            (Some(_), false) => say(
                Where::Field("early_intervention"),
                "is set but services does not name early-intervention".into(),
            ),
            (Some(ei), true) => {
                if !(1..=365).contains(&ei.first_assessment_days) {
                    say(
                        Where::Field("early_intervention.first_assessment_days"),
                        "must be 1 to 365 days".into(),
                    );
                }
                if !(ei.first_assessment_share > 0.0 && ei.first_assessment_share <= 1.0) {
                    say(
                        Where::Field("early_intervention.first_assessment_share"),
                        "must be above 0 and at most 1".into(),
                    );
                }
                if !(1..=30).contains(&ei.contact_working_days) {
                    say(
                        Where::Field("early_intervention.contact_working_days"),
                        "must be 1 to 30 working days".into(),
                    );
                }
                if blank(&ei.sms_tag) || ei.sms_tag.zh_tw.chars().count() > 8 || ei.sms_tag.en.chars().count() > 16 {
                    say(
                        Where::Field("early_intervention.sms_tag"),
                        "needs zh_tw (at most 8 characters) and en (at most 16)".into(),
                    );
                }
            }
            (None, false) => {}
        }
        match (&g.meals, runs(Service::Meals)) {
            (None, true) => say(Where::Field("meals"), "is missing: the government runs meals".into()),
            (Some(_), false) => say(Where::Field("meals"), "is set but services does not name meals".into()),
            (Some(m), true) => {
                if !(2..=6).contains(&m.certificate_prefix.len())
                    || !m.certificate_prefix.bytes().all(|b| b.is_ascii_uppercase())
                {
                    say(
                        Where::Field("meals.certificate_prefix"),
                        "must be 2 to 6 upper-case letters".into(),
                    );
                }
                if blank(&m.certificate_scheme) {
                    say(Where::Field("meals.certificate_scheme"), "needs zh_tw and en".into());
                }
            }
            (None, false) => {}
        }
        if g.areas.is_empty() {
            say(Where::Areas, "lists no district or township".into());
        }
        for (n, a) in g.areas.iter().enumerate() {
            if !digits(&a.code, 8) || !a.code.starts_with(&g.code) {
                say(
                    Where::Area(n),
                    format!(
                        "code {:?} must be 8 digits starting with the government's code {}",
                        a.code, g.code
                    ),
                );
            } else if !area_codes.insert(a.code.clone()) {
                say(Where::Area(n), format!("code {} is listed twice", a.code));
            }
            if crate::platform::area::AreaKey::parse(&a.key).is_none() {
                say(Where::Area(n), format!("key {:?} must be 1 to 31 ASCII letters", a.key));
            } else if !area_keys.insert(a.key.clone()) {
                say(Where::Area(n), format!("key {} is used by another area", a.key));
            }
            if blank(&a.name) {
                say(Where::Area(n), "needs name_zh and name_en".into());
            }
            // Taiwan, Penghu, Kinmen and Matsu.
            if !(21.5..=26.5).contains(&a.lat) || !(118.0..=122.5).contains(&a.lon) {
                say(Where::Area(n), format!("{},{} is not in Taiwan", a.lat, a.lon));
            }
        }
    }
    out
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

fn blank(b: &Bilingual) -> bool {
    b.zh_tw.trim().is_empty() || b.en.trim().is_empty()
}
