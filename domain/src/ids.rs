//! Identifiers of stored records, one type each, so that a centre's id cannot
//! be passed where a clinic day's is expected. On the wire each is the plain
//! integer (`serde(transparent)`); the store binds it with [`get`] and reads
//! it back with `From<i64>`.
//!
//! [`get`]: UserId::get

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {
        $(
            $(#[$doc])*
            #[derive(
                Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
            )]
            #[serde(transparent)]
            pub struct $name(pub i64);

            impl $name {
                /// The plain integer, for a URL, a form field or the database.
                pub fn get(self) -> i64 {
                    self.0
                }
            }

            impl From<i64> for $name {
                fn from(id: i64) -> Self {
                    $name(id)
                }
            }

            impl std::fmt::Display for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl std::str::FromStr for $name {
                type Err = std::num::ParseIntError;
                fn from_str(s: &str) -> Result<Self, Self::Err> {
                    s.parse().map($name)
                }
            }
        )+
    };
}

ids! {
    /// An account.
    UserId,
    /// An assessment centre.
    CentreId,
    /// One day of a centre's joint-assessment clinic.
    ClinicDayId,
    /// A child's registration for a clinic day.
    RegistrationId,
    /// A restaurant of the meal service.
    RestaurantId,
    /// A saved meal.
    MealId,
    /// A restaurant's supplier, or a farm in the county's directory.
    SupplierId,
    /// An institution whose staff refer children (school, clinic, agency).
    InstitutionId,
    /// A referral case at the city's referral centre.
    CaseId,
    /// A child's entry on the waitlist.
    WaitId,
}
