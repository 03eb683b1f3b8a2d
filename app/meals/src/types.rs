//! What the meal pages and server functions exchange.

use domain::Bilingual;
use domain::ids::{MealId, RestaurantId};
use domain::meals::footprint::Footprint;
use domain::meals::{Band, MealInput, MealKind};
use serde::{Deserialize, Serialize};

pub mod county;

/// One change to the standard (the rule that applies it is the domain's).
pub use domain::meals::standard::StandardChange;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditionInfo {
    pub edition: u32,
    pub note: String,
    pub created_at: i64,
    /// The account that published it: only for the county's curators.
    pub created_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MealSummary {
    pub id: MealId,
    pub slug: String,
    pub name: Bilingual,
    pub kind: MealKind,
    pub total_kg: f64,
    pub band: Band,
    pub edition: u32,
    pub latest_edition: u32,
    /// The meal's total on the newest edition, when it was computed on an
    /// older one (so that both figures and the difference can be shown).
    pub on_latest_kg: Option<f64>,
    pub on_menu: bool,
    pub restaurant_id: RestaurantId,
    pub restaurant: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MealDetail {
    pub summary: MealSummary,
    pub input: MealInput,
    pub footprint: Footprint,
    /// Where the food came from (on the public page and the label).
    #[serde(default)]
    pub chain: Option<MealChain>,
    /// The restaurant's valid slow-food certificate, if it holds one.
    #[serde(default)]
    pub certificate: Option<CertificateView>,
}

/// The supplier of one ingredient line, as diners see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupplierBrief {
    pub name: Bilingual,
    pub kind: domain::meals::supplier::SupplierKind,
    pub locality: domain::meals::locality::Locality,
    /// The certification that counts on the day shown.
    pub certified: Option<domain::meals::sourcing::FarmCertification>,
    pub is_demo: bool,
}

/// A meal's chain from farm to table: each line's supplier (in the order
/// of the recipe; none where the cook named none), and the shares of the
/// food by mass that are local to the county and from certified farms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MealChain {
    pub suppliers: Vec<Option<SupplierBrief>>,
    pub shares: domain::meals::sourcing::SourcingShares,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaveMealForm {
    /// None saves a new meal.
    pub id: Option<MealId>,
    /// The English name may be left empty: the Chinese one stands for it.
    pub name: Bilingual,
    pub input: MealInput,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestaurantMenu {
    pub id: RestaurantId,
    pub name: Bilingual,
    pub township: domain::meals::Township,
    pub meals: Vec<MealSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelView {
    pub detail: MealDetail,
    /// The QR code (SVG) of the public page's address.
    pub qr_svg: String,
    pub url: String,
    /// The QR code (SVG) of the certificate's verification page, and its
    /// address, when the restaurant is certified.
    pub verify: Option<(String, String)>,
}

/// A restaurant as the county reviews its listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestaurantListing {
    pub id: RestaurantId,
    pub name: Bilingual,
    pub township: domain::meals::Township,
    pub listing: domain::meals::listing::Listing,
    /// The county's reason for its last decision.
    pub reason: String,
    pub changed_at: Option<i64>,
    pub meals: usize,
    pub on_menu: usize,
}

/// One of the county's decisions on a restaurant's listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingEntry {
    pub listing: domain::meals::listing::Listing,
    pub reason: String,
    pub at: i64,
}

/// A restaurant's own standing, for its staff.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standing {
    pub listing: domain::meals::listing::Listing,
    pub reason: String,
    pub history: Vec<ListingEntry>,
}

/// What a supplier grows, and whether it is in season this month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProduceView {
    pub produce: domain::meals::supplier::Produce,
    pub in_season: bool,
}

/// A supplier or a directory farm, as pages show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupplierView {
    pub id: domain::ids::SupplierId,
    pub kind: domain::meals::supplier::SupplierKind,
    pub name: Bilingual,
    /// Where it is, named (a township's name is the profile's).
    pub place: Bilingual,
    pub locality: domain::meals::locality::Locality,
    pub location: domain::meals::sourcing::GeoPoint,
    pub certificate: Option<domain::meals::sourcing::FarmCertificate>,
    /// The certificate counts today.
    pub certified: bool,
    pub produce: Vec<ProduceView>,
    /// In the county's directory (not a restaurant's own).
    pub in_directory: bool,
    pub is_demo: bool,
    /// Road distance to the restaurant asking, km (great circle x road factor).
    pub road_km: Option<f64>,
}

/// A restaurant's suppliers and the directory to pick from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupplierLists {
    pub mine: Vec<SupplierView>,
    /// Directory farms not yet on the list.
    pub directory: Vec<SupplierView>,
    /// This month in Taipei (what is in season).
    pub month: u32,
}

/// One edition of the certification criteria.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriteriaView {
    pub edition: i64,
    pub criteria: domain::meals::certification::Criteria,
}

/// One criterion's result (`value` none when nothing shows it, such as
/// the average of a menu with no meal).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeView {
    pub criterion: domain::meals::certification::Criterion,
    pub met: bool,
    pub value: Option<f64>,
    pub bound: f64,
}

/// One step of an application's review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepView {
    pub action: String,
    pub note: String,
    pub at: i64,
}

/// An application with the figures it was judged on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i64,
    pub restaurant_id: RestaurantId,
    pub restaurant: Bilingual,
    pub criteria_edition: i64,
    pub status: domain::meals::certificate::ApplicationStatus,
    pub declaration: domain::meals::certificate::Declaration,
    pub outcomes: Vec<OutcomeView>,
    pub submitted_at: i64,
    pub decision_note: String,
    pub steps: Vec<StepView>,
    pub evidence: Vec<EvidenceView>,
}

/// A photo or document sent as evidence (its content is downloaded apart).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvidenceView {
    pub id: i64,
    pub topic: domain::meals::certificate::EvidenceTopic,
    pub file_name: String,
    pub format: domain::meals::certificate::EvidenceFormat,
    pub size: i64,
}

/// A certificate, as the restaurant, the county and the public see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateView {
    pub id: i64,
    pub number: String,
    pub restaurant_id: RestaurantId,
    pub restaurant: Bilingual,
    pub township: domain::meals::Township,
    pub level: domain::meals::certificate::Level,
    pub issued: chrono::NaiveDate,
    pub expires: chrono::NaiveDate,
    pub state: domain::meals::certificate::CertificateState,
    pub renewal_due: bool,
    pub revoke_reason: String,
}

/// A restaurant's certification: the criteria, its figures today, its
/// applications and its current certificate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificationStanding {
    pub criteria: Option<CriteriaView>,
    pub outcomes: Vec<OutcomeView>,
    /// The last declaration, to start the form from.
    pub declaration: domain::meals::certificate::Declaration,
    pub applications: Vec<ApplicationView>,
    pub certificate: Option<CertificateView>,
    /// No application is waiting for the county.
    pub can_apply: bool,
    /// Files that will go with the next application.
    pub pending_evidence: Vec<EvidenceView>,
}

/// The county's view of the certification.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificationReview {
    pub criteria: Option<CriteriaView>,
    pub applications: Vec<ApplicationView>,
    pub certificates: Vec<CertificateView>,
}

/// A new supplier as its form posts it, one field per name (the form works
/// without JavaScript): the location may be left empty, and a certificate is
/// given whole (kind, number, body, expiry) or not at all.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewSupplier {
    pub kind: String,
    pub name_zh: String,
    pub name_en: String,
    pub locality: String,
    pub lat: String,
    pub lon: String,
    pub certification: String,
    pub certificate_number: String,
    pub certificate_body: String,
    pub certificate_expires: String,
}
