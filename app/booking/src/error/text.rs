//! Each refusal of the booking service as a sentence in the reader's language.

use super::BookingError;
use domain::booking::registration::TransitionError;
use i18n::*;
use platform::format::Localized;

pub(super) fn message(locale: Locale, e: &BookingError) -> String {
    use BookingError as E;
    match e {
        E::NationalIdFormat => td_string!(locale, errors.national_id_format).to_string(),
        E::NationalIdChecksum => td_string!(locale, errors.national_id_checksum).to_string(),
        E::BirthDateFuture => td_string!(locale, errors.birth_date_future).to_string(),
        E::DueDateImplausible => td_string!(locale, errors.due_date_implausible).to_string(),
        E::DateInvalid => td_string!(locale, errors.date_invalid).to_string(),
        E::PhoneInvalid => td_string!(locale, errors.phone_invalid).to_string(),
        E::ChildNameInvalid => td_string!(locale, errors.child_name_invalid).to_string(),
        E::DayFull => td_string!(locale, errors.day_full).to_string(),
        E::DayClosed => td_string!(locale, errors.day_closed).to_string(),
        E::HoldExpired => td_string!(locale, errors.hold_expired).to_string(),
        E::ReservedForUnderThree => td_string!(locale, errors.reserved_for_under_three).to_string(),
        E::OutsideWindow(w) => {
            let (from, to) = (w.earliest.to_string(), w.latest.to_string());
            td_string!(locale, errors.outside_window, from = from, to = to).to_string()
        }
        E::NotEligible(i) => crate::labels::ineligible_text(locale, i),
        E::NoJointAssessmentNeeded => td_string!(locale, errors.no_joint_assessment_needed).to_string(),
        E::SingleSpecialtyFirst(c) => {
            let clinic = crate::labels::clinic_label(locale, *c);
            td_string!(locale, booking.outcome_single, clinic = clinic).to_string()
        }
        E::NoConcernMarked => td_string!(locale, booking.outcome_none).to_string(),
        E::StartAgain => td_string!(locale, errors.start_again).to_string(),
        E::ChildAlreadyBooked(None) => td_string!(locale, errors.child_already_booked).to_string(),
        E::ChildAlreadyBooked(Some(own)) => {
            let centre = own.centre.tr(locale);
            let date = platform::format::date(locale, own.date);
            td_string!(locale, errors.child_already_booked_own, centre = centre, date = date).to_string()
        }
        E::ReferenceInvalid => td_string!(locale, errors.reference_invalid).to_string(),
        E::InquiryNoMatch => td_string!(locale, errors.inquiry_no_match).to_string(),
        E::CannotChange(TransitionError::WrongStatus) => td_string!(locale, errors.cannot_change_status).to_string(),
        E::CannotChange(TransitionError::DayPassed) => td_string!(locale, errors.cannot_change_day_passed).to_string(),
        E::CannotChange(TransitionError::NotToday) => td_string!(locale, errors.cannot_change_not_today).to_string(),
        E::CannotChange(TransitionError::BeforeTheDay) => {
            td_string!(locale, errors.cannot_change_before_day).to_string()
        }
        E::CannotChange(TransitionError::OtherBooking) => {
            td_string!(locale, errors.cannot_confirm_other_booking).to_string()
        }
        E::QuotaShrink {
            taken_general,
            taken_reserved,
        } => td_string!(
            locale,
            errors.quota_shrink,
            general = *taken_general,
            reserved = *taken_reserved
        )
        .to_string(),
        E::QuotaInvalid(_) => td_string!(locale, errors.quota_invalid).to_string(),
        E::PlanInvalid => td_string!(locale, errors.plan_invalid).to_string(),
        E::DayExists => td_string!(locale, errors.day_exists).to_string(),
        E::DateRangeInvalid => td_string!(locale, errors.date_range_invalid).to_string(),
        E::ScreeningTooYoung => td_string!(locale, errors.screening_too_young).to_string(),
        E::ScreeningTooOld => td_string!(locale, errors.screening_too_old).to_string(),
        E::ReportInvalid(e) => {
            use domain::booking::report::ReportError as R;
            match e {
                R::BeforeVisit => td_string!(locale, errors.report_before_visit),
                R::InFuture => td_string!(locale, errors.report_in_future),
                R::ReassessOutOfRange => td_string!(locale, errors.report_reassess_range),
                R::NoteTooLong => td_string!(locale, errors.report_note_too_long),
            }
            .to_string()
        }
        E::ReferralInvalid(e) => {
            use domain::booking::case::ReferralError as R;
            match e {
                R::BirthInFuture => td_string!(locale, errors.birth_date_future),
                R::ChildTooOld => td_string!(locale, errors.referral_too_old),
                R::ObservedInFuture => td_string!(locale, errors.referral_observed_future),
                R::ObservedBeforeBirth => td_string!(locale, errors.referral_observed_before_birth),
                R::ObservationMissing => td_string!(locale, errors.referral_observation_missing),
                R::ObservationTooLong => td_string!(locale, errors.referral_observation_too_long),
                R::NoDomain => td_string!(locale, errors.referral_no_domain),
            }
            .to_string()
        }
        E::GuardianNameInvalid => td_string!(locale, errors.guardian_name_invalid).to_string(),
        E::CaseInvalid(e) => {
            use domain::booking::case::CaseError as C;
            match e {
                C::Closed => td_string!(locale, errors.case_closed),
                C::ContactInFuture => td_string!(locale, errors.case_contact_future),
                C::ContactBeforeOpening => td_string!(locale, errors.case_contact_before_opening),
                C::NoteTooLong => td_string!(locale, errors.report_note_too_long),
                C::NotAssessed => td_string!(locale, errors.case_not_assessed),
            }
            .to_string()
        }
        E::CaseClosed => td_string!(locale, errors.case_closed).to_string(),
        E::AlreadyWaiting => td_string!(locale, errors.already_waiting).to_string(),
        E::WishMissing => td_string!(locale, errors.wish_missing).to_string(),
        E::NoOpenOffer => td_string!(locale, errors.no_open_offer).to_string(),
        E::ReferenceLocked => td_string!(locale, errors.reference_locked).to_string(),
        E::TooManyHolds => td_string!(locale, errors.too_many_holds).to_string(),
        E::ChannelInvalid(e) => {
            use domain::booking::contact::ChannelError as C;
            match e {
                C::NoMobile => td_string!(locale, errors.channel_no_mobile),
                C::NoEmail => td_string!(locale, errors.channel_no_email),
                C::NoChannel => td_string!(locale, errors.channel_none),
            }
            .to_string()
        }
        E::ScreeningUnanswered(items) => {
            let items = items.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
            td_string!(locale, errors.screening_unanswered, items = items).to_string()
        }
    }
}
