//! What every message is made of: both languages in a mail, who hears and
//! how, the facts of a visit, the stored name of a language.

use chrono::{NaiveDate, NaiveTime};
use domain::Bilingual;
use domain::booking::contact::Channels;
use i18n::*;
use platform::ssr::outbox::OutgoingMail;

/// Who the family's messages come from: the site (the links in them) and
/// the city that runs the service (its name and its text messages' tag,
/// from its profile).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Letterhead {
    pub site: String,
    pub city: Bilingual,
    pub tag: Bilingual,
}

impl Letterhead {
    /// The letterhead of this installation's early-intervention service.
    pub fn of(cx: &platform::ssr::Context) -> Self {
        Self::new(cx.site(), &cx.config.installation)
    }

    /// The letterhead on `site` of the installation's city.
    pub fn new(site: &str, installation: &domain::platform::profile::Installation) -> Self {
        let city = installation.early_intervention();
        Self {
            site: site.trim_end_matches('/').to_owned(),
            city: city.map(|(g, _)| g.place.clone()).unwrap_or_default(),
            tag: city.map(|(_, ei)| ei.sms_tag.clone()).unwrap_or_default(),
        }
    }

    pub fn tag(&self, l: Locale) -> &str {
        self.tag.get(platform::format::lang(l))
    }

    pub fn city(&self, l: Locale) -> &str {
        self.city.get(platform::format::lang(l))
    }
}

/// Both languages, in the order a mail shows them.
pub(crate) const LOCALES: [Locale; 2] = [Locale::zh_Hant_TW, Locale::en];

/// A mail about `reference` in both languages, Traditional Chinese first:
/// `subject` and `body` give each language's part.
pub(crate) fn bilingual(
    to: &str,
    reference: &str,
    subject: impl Fn(Locale) -> String,
    body: impl Fn(Locale) -> String,
) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: format!("{} ({reference})", LOCALES.map(subject).join(" ")),
        body: LOCALES.map(body).join("\n----------------------------------------\n\n"),
        ics: None,
    }
}

/// A waitlist mail's body in one language: the lead, the reference, the link.
pub(crate) fn wait_body(l: Locale, lead: &str, reference: &str, url: &str) -> String {
    format!(
        "{lead}\n\n{}\n\n{}\n",
        td_string!(l, mail.wait_reference, reference = reference),
        td_string!(l, mail.wait_link, url = url),
    )
}

/// What a family needs to know about a visit.
pub struct Visit {
    pub reference: String,
    pub centre: Bilingual,
    pub address: Bilingual,
    pub phone: String,
    pub day: NaiveDate,
    pub checkin: NaiveTime,
}

/// Who hears about a booking, and how.
pub struct Recipient<'a> {
    pub channels: Channels,
    pub email: Option<&'a str>,
    pub phone: &'a str,
    pub locale: Locale,
}

/// The stored name of a language (`zh-Hant-TW`, `en`).
pub fn locale_code(l: Locale) -> &'static str {
    match l {
        Locale::zh_Hant_TW => "zh-Hant-TW",
        Locale::en => "en",
    }
}

/// The language a family chose, from its stored name.
pub fn locale_of(code: &str) -> Locale {
    if code == "en" { Locale::en } else { Locale::zh_Hant_TW }
}
