//! Each refusal of the meal service as a sentence in the reader's language.

use super::MealsError;
use domain::meals::MealError;
use i18n::*;

pub(super) fn message(locale: Locale, e: &MealsError) -> String {
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
