//! Mail to a restaurant's staff about the county's decisions, in both
//! languages, Traditional Chinese first (written in the transaction that
//! makes the decision).

use domain::Bilingual;
use domain::meals::listing::Listing;
use i18n::*;
use platform::ssr::outbox::OutgoingMail;

const LOCALES: [Locale; 2] = [Locale::zh_Hant_TW, Locale::en];

/// Who the mail comes from: the site (its links) and the county that runs
/// the service (its name, from its profile).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Letterhead {
    pub site: String,
    pub government: Bilingual,
}

impl Letterhead {
    pub fn of(cx: &platform::ssr::Context) -> Self {
        Self {
            site: cx.site().trim_end_matches('/').to_owned(),
            government: cx
                .config
                .installation
                .meals()
                .map(|(g, _)| g.name.clone())
                .unwrap_or_default(),
        }
    }
}

/// The county approved or suspended the restaurant `name`.
pub fn listing_decided(to: &str, name: &Bilingual, listing: Listing, reason: &str, head: &Letterhead) -> OutgoingMail {
    let site = head.site.as_str();
    let subject = |l: Locale| match listing {
        Listing::Approved => td_string!(l, mail.subject_listing_approved).to_string(),
        Listing::Suspended => td_string!(l, mail.subject_listing_suspended).to_string(),
        Listing::Pending => td_string!(l, mail.subject_listing_pending).to_string(),
    };
    let body = |l: Locale| {
        let restaurant = name.get(platform::format::lang(l)).to_owned();
        let lead = match listing {
            Listing::Approved => td_string!(
                l,
                mail.lead_listing_approved,
                government = head.government.get(platform::format::lang(l)),
                restaurant = restaurant
            )
            .to_string(),
            Listing::Suspended => td_string!(
                l,
                mail.lead_listing_suspended,
                government = head.government.get(platform::format::lang(l)),
                restaurant = restaurant
            )
            .to_string(),
            Listing::Pending => td_string!(
                l,
                mail.lead_listing_pending,
                government = head.government.get(platform::format::lang(l)),
                restaurant = restaurant
            )
            .to_string(),
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
pub fn certification(to: &str, name: &Bilingual, what: &CertificationNotice<'_>, head: &Letterhead) -> OutgoingMail {
    use domain::meals::certificate::ApplicationStatus as S;
    let site = head.site.as_str();
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
                    td_string!(
                        l,
                        mail.lead_cert_approved,
                        government = head.government.get(platform::format::lang(l)),
                        restaurant = restaurant,
                        level = level
                    )
                    .to_string(),
                    *reason,
                )
            }
            CertificationNotice::Reviewed {
                status: S::Rejected,
                reason,
                ..
            } => (
                td_string!(
                    l,
                    mail.lead_cert_rejected,
                    government = head.government.get(platform::format::lang(l)),
                    restaurant = restaurant
                )
                .to_string(),
                *reason,
            ),
            CertificationNotice::Reviewed { reason, .. } => (
                td_string!(
                    l,
                    mail.lead_cert_changes,
                    government = head.government.get(platform::format::lang(l)),
                    restaurant = restaurant
                )
                .to_string(),
                *reason,
            ),
            CertificationNotice::Revoked { reason } => (
                td_string!(
                    l,
                    mail.lead_cert_revoked,
                    government = head.government.get(platform::format::lang(l)),
                    restaurant = restaurant
                )
                .to_string(),
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
