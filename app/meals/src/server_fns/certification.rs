//! The slow-food restaurant certification: the county's criteria, a
//! restaurant's figures and application, the county's review, the public
//! directory of certified restaurants and the check of a certificate. One
//! server function a file, each an adapter of its use case.

mod apply_certification;
mod certification_criteria;
mod certified_restaurants;
mod county_certification;
mod my_certification;
mod publish_criteria;
mod remove_evidence;
mod review_application;
mod revoke_certificate;
mod verify_certificate;

pub use apply_certification::*;
pub use certification_criteria::*;
pub use certified_restaurants::*;
pub use county_certification::*;
pub use my_certification::*;
pub use publish_criteria::*;
pub use remove_evidence::*;
pub use review_application::*;
pub use revoke_certificate::*;
pub use verify_certificate::*;
