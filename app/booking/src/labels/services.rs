//! What a report recommends and who sees the child on a clinic day.

use domain::booking::report::Service;
use domain::booking::session_plan::Discipline;
use i18n::*;

/// A service a report recommends, by name.
pub fn service_label(l: Locale, s: Service) -> &'static str {
    match s {
        Service::PhysicalTherapy => td_string!(l, booking.service_physical_therapy),
        Service::OccupationalTherapy => td_string!(l, booking.service_occupational_therapy),
        Service::SpeechTherapy => td_string!(l, booking.service_speech_therapy),
        Service::Psychology => td_string!(l, booking.service_psychology),
        Service::SpecialEducation => td_string!(l, booking.service_special_education),
        Service::FollowUpClinic => td_string!(l, booking.service_follow_up_clinic),
    }
}

/// What a recommended service is, in plain words for the family.
pub fn service_meaning(l: Locale, s: Service) -> &'static str {
    match s {
        Service::PhysicalTherapy => td_string!(l, booking.service_physical_therapy_means),
        Service::OccupationalTherapy => td_string!(l, booking.service_occupational_therapy_means),
        Service::SpeechTherapy => td_string!(l, booking.service_speech_therapy_means),
        Service::Psychology => td_string!(l, booking.service_psychology_means),
        Service::SpecialEducation => td_string!(l, booking.service_special_education_means),
        Service::FollowUpClinic => td_string!(l, booking.service_follow_up_clinic_means),
    }
}

pub fn discipline_label(locale: Locale, d: Discipline) -> &'static str {
    match d {
        Discipline::Physician => td_string!(locale, booking.discipline_physician),
        Discipline::PhysicalTherapy => td_string!(locale, booking.discipline_physical_therapy),
        Discipline::OccupationalTherapy => td_string!(locale, booking.discipline_occupational_therapy),
        Discipline::SpeechTherapy => td_string!(locale, booking.discipline_speech_therapy),
        Discipline::Psychology => td_string!(locale, booking.discipline_psychology),
        Discipline::SocialWork => td_string!(locale, booking.discipline_social_work),
        Discipline::Audiology => td_string!(locale, booking.discipline_audiology),
    }
}
