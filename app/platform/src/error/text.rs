//! Every error as a sentence in the reader's language, from the translation
//! catalogue (the compile-time key check covers them all).

use super::{AppError, BookingError, MealsError};
use crate::format::Localized;
use domain::booking::registration::TransitionError;
use domain::booking::triage::{Ineligible, SpecialtyClinic};
use domain::meals::MealError;
use i18n::*;
use leptos::prelude::*;

/// The translated sentence for an error.
pub fn error_message(locale: Locale, e: &AppError) -> String {
    use AppError as E;
    match e {
        E::NotSignedIn => td_string!(locale, errors.not_signed_in).to_string(),
        E::Forbidden => td_string!(locale, errors.forbidden).to_string(),
        E::NotFound => td_string!(locale, errors.not_found).to_string(),
        E::BadCredentials => td_string!(locale, errors.bad_credentials).to_string(),
        E::RateLimited => td_string!(locale, errors.rate_limited).to_string(),
        E::Busy => td_string!(locale, errors.busy).to_string(),
        E::Internal => td_string!(locale, errors.internal).to_string(),
        E::Network(_) => td_string!(locale, errors.network).to_string(),
        E::EmailInvalid => td_string!(locale, errors.email_invalid).to_string(),
        E::EmailTaken => td_string!(locale, errors.email_taken).to_string(),
        E::SignupLinkInvalid => td_string!(locale, errors.signup_link_invalid).to_string(),
        E::CodeRequired => td_string!(locale, errors.code_required).to_string(),
        E::CodeWrong => td_string!(locale, errors.code_wrong).to_string(),
        E::SecondFactorRequired => td_string!(locale, errors.second_factor_required).to_string(),
        E::SecondFactorStillRequired => td_string!(locale, errors.second_factor_still_required).to_string(),
        E::PasswordTooShort => td_string!(locale, errors.password_too_short).to_string(),
        E::PasswordTooLong => td_string!(locale, errors.password_too_long).to_string(),
        E::WrongPassword => td_string!(locale, errors.wrong_password).to_string(),
        E::NameInvalid => td_string!(locale, errors.name_invalid).to_string(),
        E::RoleNotAllowed => td_string!(locale, errors.role_not_allowed).to_string(),
        E::WorkplaceMissing => td_string!(locale, errors.workplace_missing).to_string(),
        E::PasswordChangeRequired => td_string!(locale, errors.password_change_required).to_string(),
        E::OwnAccount => td_string!(locale, errors.own_account).to_string(),
        E::OwnWorkplaceIncomplete => td_string!(locale, errors.own_workplace_incomplete).to_string(),
        E::InvalidInput => td_string!(locale, errors.invalid_input).to_string(),
        E::ReasonRequired => td_string!(locale, errors.reason_required).to_string(),
        E::Period(p) => {
            use domain::stats::PeriodError as P;
            match p {
                P::Unreadable => td_string!(locale, errors.period_unreadable).to_string(),
                P::Reversed => td_string!(locale, errors.period_reversed).to_string(),
                P::TooLong => td_string!(locale, errors.period_too_long).to_string(),
            }
        }
        E::Booking(b) => booking_message(locale, b),
        E::Meals(m) => meals_message(locale, m),
    }
}

fn booking_message(locale: Locale, e: &BookingError) -> String {
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
        E::NotEligible(i) => ineligible_text(locale, i),
        E::NoJointAssessmentNeeded => td_string!(locale, errors.no_joint_assessment_needed).to_string(),
        E::SingleSpecialtyFirst(c) => {
            let clinic = clinic_label(locale, *c);
            td_string!(locale, booking.outcome_single, clinic = clinic).to_string()
        }
        E::NoConcernMarked => td_string!(locale, booking.outcome_none).to_string(),
        E::StartAgain => td_string!(locale, errors.start_again).to_string(),
        E::ChildAlreadyBooked(None) => td_string!(locale, errors.child_already_booked).to_string(),
        E::ChildAlreadyBooked(Some(own)) => {
            let centre = own.centre.tr(locale);
            let date = crate::format::date(locale, own.date);
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

fn meals_message(locale: Locale, e: &MealsError) -> String {
    use MealsError as E;
    match e {
        E::Meal(m) => meal_error(locale, m),
        E::StandardInvalid(detail) => {
            let detail = detail.clone();
            td_string!(locale, errors.standard_invalid, detail = detail).to_string()
        }
        E::MealNameInvalid => td_string!(locale, errors.meal_name_invalid).to_string(),
        E::Supplier(e) => {
            use domain::meals::supplier::SupplierError as S;
            match e {
                S::NameInvalid => td_string!(locale, errors.supplier_name_invalid).to_string(),
                S::LocationOutsideTaiwan => td_string!(locale, errors.supplier_location).to_string(),
                S::CertificateInvalid => td_string!(locale, errors.certificate_invalid).to_string(),
                S::CertificateExpired => td_string!(locale, errors.certificate_expired).to_string(),
                S::SeasonInvalid => td_string!(locale, errors.season_invalid).to_string(),
            }
        }
        E::Certification(e) => {
            use domain::meals::certificate::CertificationError as C;
            match e {
                C::SeasonalChangesInvalid => td_string!(locale, errors.cert_seasonal_invalid).to_string(),
                C::EvidenceInvalid => td_string!(locale, errors.cert_evidence_invalid).to_string(),
                C::ReasonRequired => td_string!(locale, errors.reason_required).to_string(),
                C::ReasonInvalid => td_string!(locale, errors.cert_reason_invalid).to_string(),
                C::LevelRequired => td_string!(locale, errors.cert_level_required).to_string(),
                C::NotApplicable => td_string!(locale, errors.cert_not_applicable).to_string(),
                C::CriteriaInvalid => td_string!(locale, errors.cert_criteria_invalid).to_string(),
                C::AlreadyOpen => td_string!(locale, errors.cert_already_open).to_string(),
            }
        }
        E::SupplierNotListed { item } => td_string!(locale, errors.supplier_not_listed, n = item + 1).to_string(),
        E::Listing(e) => {
            use domain::meals::listing::ListingError as L;
            match e {
                L::NotApplicable { .. } => td_string!(locale, errors.listing_not_applicable).to_string(),
                L::ReasonRequired => td_string!(locale, errors.reason_required).to_string(),
                L::ReasonInvalid => td_string!(locale, errors.listing_reason_invalid).to_string(),
            }
        }
    }
}

/// Why a child cannot be booked, in plain words.
pub fn ineligible_text(locale: Locale, i: &Ineligible) -> String {
    match i {
        Ineligible::NotBornYet => td_string!(locale, errors.birth_date_future).to_string(),
        Ineligible::ImplausibleDueDate => td_string!(locale, errors.due_date_implausible).to_string(),
        Ineligible::SchoolAge { last_day } => {
            let date = crate::format::date(locale, *last_day);
            td_string!(locale, booking.ineligible_school_age, date = date).to_string()
        }
        Ineligible::AssessedRecently { from } => {
            let date = crate::format::date(locale, *from);
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

fn meal_error(locale: Locale, m: &MealError) -> String {
    match m {
        MealError::NoItems => td_string!(locale, errors.meal_no_items).to_string(),
        MealError::TooManyItems => td_string!(locale, errors.meal_too_many_items).to_string(),
        MealError::UnknownIngredient { item, .. } => {
            td_string!(locale, errors.meal_unknown_ingredient, n = item + 1).to_string()
        }
        MealError::BadGrams { item } => td_string!(locale, errors.meal_bad_grams, n = item + 1).to_string(),
        MealError::UnknownCooking { item, .. } => {
            td_string!(locale, errors.meal_unknown_cooking, n = item + 1).to_string()
        }
        MealError::BadDistance { item } => td_string!(locale, errors.meal_bad_distance, n = item + 1).to_string(),
        MealError::UnknownPackaging { .. } => td_string!(locale, errors.meal_unknown_packaging).to_string(),
        MealError::BadPackagingCount => td_string!(locale, errors.meal_bad_packaging_count).to_string(),
        MealError::BadWasteShare => td_string!(locale, errors.meal_bad_waste_share).to_string(),
        MealError::BadYear => td_string!(locale, errors.meal_bad_year).to_string(),
    }
}

/// An error, translated, announced to screen readers.
#[component]
pub fn ErrorText(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|e| {
            view! {
                <p class="error" role="alert">
                    {error_message(i18n.get_locale(), &e)}
                </p>
            }
        })
    }
}

/// The error under the field it is about (`field`: the field's `name`), with
/// `id` for the field's `aria-describedby`; nothing for any other error.
#[component]
pub fn FieldError(
    #[prop(into)] error: Signal<Option<AppError>>,
    field: &'static str,
    id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().filter(|e| e.field() == Some(field)).map(|e| {
            view! {
                <p class="field-error" id=id>
                    {error_message(i18n.get_locale(), &e)}
                </p>
            }
        })
    }
}

/// `aria-invalid` of a field: `true` while the form's error is about it.
pub fn field_invalid(error: Signal<Option<AppError>>, field: &'static str) -> impl Fn() -> Option<&'static str> + Copy {
    move || {
        error
            .with(|e| e.as_ref().and_then(AppError::field) == Some(field))
            .then_some("true")
    }
}

/// `aria-describedby` of a field: its hint, if it has one, and its error while it shows.
pub fn described_by(
    error: Signal<Option<AppError>>,
    field: &'static str,
    hint: Option<&'static str>,
    error_id: &'static str,
) -> impl Fn() -> Option<String> + Copy {
    move || {
        let ids: Vec<&str> = hint
            .into_iter()
            .chain(field_invalid(error, field)().map(|_| error_id))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}
