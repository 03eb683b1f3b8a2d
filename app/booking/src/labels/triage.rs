//! The triage and the self-screening: areas of concern, risks, bands and
//! areas of the checklist, specialty clinics, why a child cannot be booked.

use domain::booking::screening::{Area, Band};
use domain::booking::triage::{HighRisk, Ineligible, ProblemDomain, SpecialtyClinic};
use i18n::*;

pub fn domain_label(locale: Locale, d: ProblemDomain) -> &'static str {
    match d {
        ProblemDomain::Motor => td_string!(locale, booking.domain_motor),
        ProblemDomain::CognitionSocial => td_string!(locale, booking.domain_cognition_social),
        ProblemDomain::LanguageSpeech => td_string!(locale, booking.domain_language_speech),
        ProblemDomain::Growth => td_string!(locale, booking.domain_growth),
    }
}

pub fn risk_label(locale: Locale, r: HighRisk) -> &'static str {
    match r {
        HighRisk::PretermBirth => td_string!(locale, booking.risk_preterm_birth),
        HighRisk::LowBirthWeight => td_string!(locale, booking.risk_low_birth_weight),
        HighRisk::RareDisease => td_string!(locale, booking.risk_rare_disease),
        HighRisk::Epilepsy => td_string!(locale, booking.risk_epilepsy),
        HighRisk::MetabolicDisorder => td_string!(locale, booking.risk_metabolic_disorder),
        HighRisk::ChromosomalOrCraniofacial => td_string!(locale, booking.risk_chromosomal_or_craniofacial),
        HighRisk::ExistingDisability => td_string!(locale, booking.risk_existing_disability),
        HighRisk::FamilyHistory => td_string!(locale, booking.risk_family_history),
    }
}

/// A band as people say it: `2 歲半`, `2½ years`.
pub fn band_label(l: Locale, b: Band) -> &'static str {
    match b {
        Band::M4 => td_string!(l, booking.band_m4),
        Band::M6 => td_string!(l, booking.band_m6),
        Band::M9 => td_string!(l, booking.band_m9),
        Band::M12 => td_string!(l, booking.band_m12),
        Band::M15 => td_string!(l, booking.band_m15),
        Band::M18 => td_string!(l, booking.band_m18),
        Band::M24 => td_string!(l, booking.band_m24),
        Band::M30 => td_string!(l, booking.band_m30),
        Band::M36 => td_string!(l, booking.band_m36),
        Band::M42 => td_string!(l, booking.band_m42),
        Band::M48 => td_string!(l, booking.band_m48),
        Band::M60 => td_string!(l, booking.band_m60),
        Band::M72 => td_string!(l, booking.band_m72),
    }
}

pub fn area_label(l: Locale, a: Area) -> &'static str {
    match a {
        Area::GrossMotor => td_string!(l, booking.area_gross_motor),
        Area::FineMotor => td_string!(l, booking.area_fine_motor),
        Area::Language => td_string!(l, booking.area_language),
        Area::Cognition => td_string!(l, booking.area_cognition),
        Area::Social => td_string!(l, booking.area_social),
    }
}

/// Why a child cannot be booked, in plain words.
pub fn ineligible_text(locale: Locale, i: &Ineligible) -> String {
    match i {
        Ineligible::NotBornYet => td_string!(locale, errors.birth_date_future).to_string(),
        Ineligible::ImplausibleDueDate => td_string!(locale, errors.due_date_implausible).to_string(),
        Ineligible::SchoolAge { last_day } => {
            let date = platform::format::date(locale, *last_day);
            td_string!(locale, booking.ineligible_school_age, date = date).to_string()
        }
        Ineligible::AssessedRecently { from } => {
            let date = platform::format::date(locale, *from);
            td_string!(locale, booking.ineligible_recent, date = date).to_string()
        }
        Ineligible::PreviousInFuture => td_string!(locale, booking.ineligible_previous_future).to_string(),
    }
}

pub fn clinic_label(locale: Locale, c: SpecialtyClinic) -> &'static str {
    match c {
        SpecialtyClinic::Rehabilitation => td_string!(locale, booking.clinic_rehabilitation),
        SpecialtyClinic::ChildPsychiatry => td_string!(locale, booking.clinic_child_psychiatry),
        SpecialtyClinic::GeneticsMetabolism => td_string!(locale, booking.clinic_genetics_metabolism),
    }
}
