//! Adds a supplier: a restaurant's own, or (the county) a directory farm.
//! The location may be left empty (the township's or county's centre); a
//! certificate is given whole (kind, number, body, expiry) or not at all.

use super::supplier_views::{Keeper, today};
use crate::error::{AppError, MealsError};
use crate::state::MealsCx;
use crate::types::NewSupplier;
use domain::Named;
use domain::ids::SupplierId;
use domain::meals::locality::Locality;
use domain::meals::sourcing::{FarmCertificate, FarmCertification, GeoPoint};
use domain::meals::supplier::{SupplierDraft, SupplierError, SupplierKind};

fn bad(e: SupplierError) -> AppError {
    AppError::Service(MealsError::Supplier(e))
}

/// A number typed in a form, or none when left empty.
fn optional_number(s: &str) -> Result<Option<f64>, ()> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite()).map(Some).ok_or(())
}

/// The form's fields as a draft supplier (not yet checked).
fn draft(f: NewSupplier) -> Result<SupplierDraft, AppError> {
    let kind = SupplierKind::parse(&f.kind).ok_or(AppError::InvalidInput)?;
    let locality = Locality::parse(&f.locality).ok_or(AppError::InvalidInput)?;
    let location = match (optional_number(&f.lat), optional_number(&f.lon)) {
        (Ok(None), Ok(None)) => None,
        (Ok(Some(lat)), Ok(Some(lon))) => {
            Some(GeoPoint::new(lat, lon).ok_or(bad(SupplierError::LocationOutsideTaiwan))?)
        }
        _ => return Err(bad(SupplierError::LocationOutsideTaiwan)),
    };
    let certificate = if f.certification.trim().is_empty() {
        None
    } else {
        Some(FarmCertificate {
            kind: FarmCertification::parse(&f.certification).ok_or(AppError::InvalidInput)?,
            number: f.certificate_number,
            body: f.certificate_body,
            expires: f
                .certificate_expires
                .trim()
                .parse()
                .map_err(|_| bad(SupplierError::CertificateInvalid))?,
        })
    };
    Ok(SupplierDraft {
        kind,
        name: domain::Bilingual::new(f.name_zh, f.name_en),
        locality,
        location,
        certificate,
    })
}

pub async fn add_supplier(cx: &MealsCx, keeper: &Keeper, form: NewSupplier) -> Result<SupplierId, AppError> {
    let draft = draft(form)?;
    // A township must be one of the county's (its office is the default place).
    let centre = draft
        .locality
        .centre_in(&cx.config.installation)
        .ok_or(AppError::InvalidInput)?;
    let (draft, at) = draft.checked(today(cx), centre).map_err(bad)?;
    let owner = keeper.restaurant();
    Ok(crate::store::suppliers::insert(&cx.db, owner, &draft, at, false, cx.clock.now()).await?)
}
