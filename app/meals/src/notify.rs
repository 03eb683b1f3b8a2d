//! Mail to a restaurant's staff about the county's decisions, in both
//! languages, Traditional Chinese first (written in the transaction that
//! makes the decision).

use domain::Bilingual;
use domain::meals::listing::Listing;
use i18n::*;
use platform::ssr::outbox::OutgoingMail;

const LOCALES: [Locale; 2] = [Locale::zh_Hant_TW, Locale::en];

/// The county approved or suspended the restaurant `name`.
pub fn listing_decided(to: &str, name: &Bilingual, listing: Listing, reason: &str, site: &str) -> OutgoingMail {
    let site = site.trim_end_matches('/');
    let subject = |l: Locale| match listing {
        Listing::Approved => td_string!(l, mail.subject_listing_approved).to_string(),
        Listing::Suspended => td_string!(l, mail.subject_listing_suspended).to_string(),
        Listing::Pending => td_string!(l, mail.subject_listing_pending).to_string(),
    };
    let body = |l: Locale| {
        let restaurant = name.get(platform::format::lang(l)).to_owned();
        let lead = match listing {
            Listing::Approved => td_string!(l, mail.lead_listing_approved, restaurant = restaurant).to_string(),
            Listing::Suspended => td_string!(l, mail.lead_listing_suspended, restaurant = restaurant).to_string(),
            Listing::Pending => td_string!(l, mail.lead_listing_pending, restaurant = restaurant).to_string(),
        };
        let reason = if reason.is_empty() {
            String::new()
        } else {
            format!("\n\n{}", td_string!(l, mail.listing_reason, reason = reason))
        };
        let url = format!("{site}/meals/menu");
        format!("{lead}{reason}\n\n{}\n", td_string!(l, mail.listing_link, url = url))
    };
    OutgoingMail {
        to: to.into(),
        subject: LOCALES.map(subject).join(" "),
        body: LOCALES.map(body).join("\n----------------------------------------\n\n"),
        ics: None,
    }
}

/// A step of the certification the restaurant is told of.
pub enum CertificationNotice<'a> {
    Reviewed {
        status: domain::meals::certificate::ApplicationStatus,
        level: Option<domain::meals::certificate::Level>,
        reason: &'a str,
    },
    Revoked {
        reason: &'a str,
    },
}

/// The county reviewed the restaurant's application or revoked its certificate.
pub fn certification(to: &str, name: &Bilingual, what: &CertificationNotice<'_>, site: &str) -> OutgoingMail {
    use domain::meals::certificate::ApplicationStatus as S;
    let site = site.trim_end_matches('/');
    let subject = |l: Locale| {
        match what {
            CertificationNotice::Reviewed {
                status: S::Approved, ..
            } => td_string!(l, mail.subject_cert_approved),
            CertificationNotice::Reviewed {
                status: S::Rejected, ..
            } => td_string!(l, mail.subject_cert_rejected),
            CertificationNotice::Reviewed { .. } => td_string!(l, mail.subject_cert_changes),
            CertificationNotice::Revoked { .. } => td_string!(l, mail.subject_cert_revoked),
        }
        .to_string()
    };
    let body = |l: Locale| {
        let restaurant = name.get(platform::format::lang(l)).to_owned();
        let (lead, reason) = match what {
            CertificationNotice::Reviewed {
                status: S::Approved,
                level,
                reason,
            } => {
                let level = level
                    .map(|x| crate::labels::certification_level_label(l, x))
                    .unwrap_or_default();
                (
                    td_string!(l, mail.lead_cert_approved, restaurant = restaurant, level = level).to_string(),
                    *reason,
                )
            }
            CertificationNotice::Reviewed {
                status: S::Rejected,
                reason,
                ..
            } => (
                td_string!(l, mail.lead_cert_rejected, restaurant = restaurant).to_string(),
                *reason,
            ),
            CertificationNotice::Reviewed { reason, .. } => (
                td_string!(l, mail.lead_cert_changes, restaurant = restaurant).to_string(),
                *reason,
            ),
            CertificationNotice::Revoked { reason } => (
                td_string!(l, mail.lead_cert_revoked, restaurant = restaurant).to_string(),
                *reason,
            ),
        };
        let reason = if reason.is_empty() {
            String::new()
        } else {
            format!("\n\n{}", td_string!(l, mail.listing_reason, reason = reason))
        };
        let url = format!("{site}/meals/certification");
        format!("{lead}{reason}\n\n{}\n", td_string!(l, mail.cert_link, url = url))
    };
    OutgoingMail {
        to: to.into(),
        subject: LOCALES.map(subject).join(" "),
        body: LOCALES.map(body).join("\n----------------------------------------\n\n"),
        ics: None,
    }
}
