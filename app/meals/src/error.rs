//! The meal service's refusals: each one's words and the form field it is
//! about (`platform::error::Refusal`), and the error its server functions
//! answer with (`AppError`: the platform's errors and these).

mod text;

use domain::meals::MealError;
use serde::{Deserialize, Serialize};

/// What a meal server function answers when it fails.
pub type AppError = platform::AppError<MealsError>;

/// The low-carbon meals' refusals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum MealsError {
    #[error("meal: {0}")]
    Meal(MealError),
    #[error("standard invalid: {0}")]
    StandardInvalid(String),
    #[error("meal name invalid")]
    MealNameInvalid,
    #[error("supplier: {0}")]
    Supplier(domain::meals::supplier::SupplierError),
    #[error("listing: {0}")]
    Listing(domain::meals::listing::ListingError),
    #[error("certification: {0}")]
    Certification(domain::meals::certificate::CertificationError),
    /// The supplier named for this item (0-based) is not on the restaurant's list.
    #[error("item {item}: supplier not on the list")]
    SupplierNotListed { item: usize },
}

impl From<MealError> for MealsError {
    fn from(e: MealError) -> Self {
        MealsError::Meal(e)
    }
}

impl platform::error::Service for MealsError {}

impl platform::error::Refusal for MealsError {
    fn message(&self, locale: i18n::Locale) -> String {
        text::message(locale, self)
    }

    fn field(&self) -> Option<&'static str> {
        use MealsError as M;
        Some(match self {
            M::Supplier(e) => {
                use domain::meals::supplier::SupplierError as S;
                match e {
                    S::NameInvalid => "name_zh",
                    S::LocationOutsideTaiwan => "lat",
                    S::CertificateInvalid | S::CertificateExpired => "certificate_number",
                    S::SeasonInvalid => "from_month",
                }
            }
            M::Certification(e) => {
                use domain::meals::certificate::CertificationError as C;
                match e {
                    C::SeasonalChangesInvalid => "seasonal_changes",
                    C::EvidenceInvalid => "waste_evidence",
                    C::ReasonRequired | C::ReasonInvalid => "reason",
                    C::LevelRequired => "level",
                    C::CriteriaInvalid => "max_average_kg",
                    C::NotApplicable | C::AlreadyOpen => return None,
                }
            }
            M::Listing(domain::meals::listing::ListingError::ReasonRequired) => "reason",
            M::Listing(domain::meals::listing::ListingError::ReasonInvalid) => "reason",
            _ => return None,
        })
    }
}
