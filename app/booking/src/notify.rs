//! Messages to families and the calendar file of a visit. Server only.
//!
//! Every line comes from the translation catalogue (`mail` namespace), so the
//! build fails when a key is missing in either language, as for the pages. A
//! mail carries both languages, Traditional Chinese first; a text message is
//! short and in the language the family booked in. No child's name or ID
//! number goes into a mail, a text or a calendar file: the reference is
//! enough. Families get what they chose: mail, text messages, or both.

use super::components::status_label;
use super::store::registrations::{Outgoing, OutgoingMail, OutgoingSms, RegistrationRow};
use chrono::{NaiveDate, NaiveTime};
use domain::Bilingual;
use domain::booking::RegistrationStatus;
use domain::booking::contact::Channels;
use i18n::*;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};
use platform::format::{self, Localized};

/// Both languages, in the order a mail shows them.
const LOCALES: [Locale; 2] = [Locale::zh_Hant_TW, Locale::en];

/// A mail about `reference` in both languages, Traditional Chinese first:
/// `subject` and `body` give each language's part.
fn bilingual(
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
fn wait_body(l: Locale, lead: &str, reference: &str, url: &str) -> String {
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

impl Visit {
    pub fn from_row(r: &RegistrationRow) -> Option<Self> {
        Some(Self {
            reference: r.reference.clone(),
            centre: r.centre_name(),
            address: r.centre_address(),
            phone: r.centre_phone.clone(),
            day: domain::platform::taipei::parse_iso_date(&r.day)?,
            checkin: NaiveTime::parse_from_str(&r.checkin_time, "%H:%M").ok()?,
        })
    }
}

/// Why a family hears about a booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Submitted,
    Rescheduled,
    /// Two days before the visit.
    Reminder,
    /// The booking's status changed (`by_centre`: the centre, not the family, made it).
    Status {
        status: RegistrationStatus,
        by_centre: bool,
    },
}

impl Notice {
    fn status_text(status: RegistrationStatus, by_centre: bool, l: Locale) -> &'static str {
        if by_centre && status == RegistrationStatus::Cancelled {
            td_string!(l, mail.cancelled_by_centre)
        } else {
            status_label(l, status)
        }
    }

    fn subject(self, l: Locale) -> String {
        match self {
            Notice::Submitted => td_string!(l, mail.subject_submitted).to_string(),
            Notice::Rescheduled => td_string!(l, mail.subject_rescheduled).to_string(),
            Notice::Reminder => td_string!(l, mail.subject_reminder).to_string(),
            Notice::Status { status, by_centre } => {
                let status = Self::status_text(status, by_centre, l);
                td_string!(l, mail.subject_status, status = status).to_string()
            }
        }
    }

    fn lead(self, l: Locale) -> String {
        match self {
            Notice::Submitted => td_string!(l, mail.lead_submitted).to_string(),
            Notice::Rescheduled => td_string!(l, mail.lead_rescheduled).to_string(),
            Notice::Reminder => td_string!(l, mail.lead_reminder).to_string(),
            Notice::Status { status, by_centre } => {
                let status = Self::status_text(status, by_centre, l);
                td_string!(l, mail.lead_status, status = status).to_string()
            }
        }
    }

    /// A new or moved visit, or its reminder, comes with the calendar file.
    fn attaches_calendar(self) -> bool {
        !matches!(self, Notice::Status { .. })
    }
}

/// The visit in one language, a line per fact.
fn visit_lines(v: &Visit, l: Locale) -> String {
    let (reference, date, time) = (&v.reference, format::date(l, v.day), v.checkin.format("%H:%M"));
    let (centre, address, phone) = (v.centre.tr(l), v.address.tr(l), &v.phone);
    [
        td_string!(l, mail.reference, reference = reference).to_string(),
        td_string!(l, mail.date, date = date).to_string(),
        td_string!(l, mail.checkin, time = time).to_string(),
        td_string!(l, mail.centre, centre = centre).to_string(),
        td_string!(l, mail.address, address = address).to_string(),
        td_string!(l, mail.phone, phone = phone).to_string(),
    ]
    .join("\n")
}

/// The mail about a visit: each language in full, Chinese first.
pub fn mail(to: &str, notice: Notice, v: &Visit, site: &str) -> OutgoingMail {
    let url = format!("{site}/ei/inquiry");
    let subject = LOCALES.map(|l| notice.subject(l)).join(" ");
    let body = LOCALES
        .map(|l| {
            format!(
                "{}\n\n{}\n\n{}\n\n{}\n",
                notice.lead(l),
                visit_lines(v, l),
                td_string!(l, mail.what_to_bring),
                td_string!(l, mail.change_link, url = url.as_str()),
            )
        })
        .join("\n----------------------------------------\n\n");
    OutgoingMail {
        to: to.into(),
        subject: format!("{subject} ({})", v.reference),
        body,
        ics: notice.attaches_calendar().then(|| ics(v, site)),
    }
}

/// The mail to a family whose child was referred and whose case opened:
/// the case number and when the referral centre will have called.
pub fn case_opened(to: &str, number: &str, contact_by: NaiveDate, site: &str) -> OutgoingMail {
    let url = format!("{site}/ei");
    let subject = LOCALES.map(|l| td_string!(l, mail.subject_case_opened)).join(" ");
    let body = LOCALES
        .map(|l| {
            let date = format::date(l, contact_by);
            format!(
                "{}\n\n{}\n{}\n\n{}\n",
                td_string!(l, mail.lead_case_opened),
                td_string!(l, mail.case_number, number = number),
                td_string!(l, mail.contact_by, date = date),
                td_string!(l, mail.case_guide_link, url = url.as_str()),
            )
        })
        .join("\n----------------------------------------\n\n");
    OutgoingMail {
        to: to.into(),
        subject: format!("{subject} ({number})"),
        body,
        ics: None,
    }
}

/// Who hears about a booking, and how.
pub struct Recipient<'a> {
    pub channels: Channels,
    pub email: Option<&'a str>,
    pub phone: &'a str,
    pub locale: Locale,
}

impl<'a> Recipient<'a> {
    pub fn of(row: &'a RegistrationRow) -> Self {
        Self {
            channels: row.channels,
            email: row.email.as_deref(),
            phone: &row.phone,
            locale: locale_of(&row.lang),
        }
    }
}

impl<'a> Recipient<'a> {
    /// A family on the waitlist.
    pub fn of_entry(row: &'a crate::store::waitlist::EntryRow) -> Self {
        Self {
            channels: row.channels,
            email: row.email.as_deref(),
            phone: &row.phone,
            locale: locale_of(&row.lang),
        }
    }
}

/// The messages to a family that joined the waitlist.
pub fn wait_joined(who: &Recipient<'_>, reference: &str, site: &str) -> Vec<Outgoing> {
    let url = format!("{site}/ei/waitlist");
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        out.push(Outgoing::Mail(bilingual(
            to,
            reference,
            |l| td_string!(l, mail.subject_wait_joined).to_string(),
            |l| wait_body(l, td_string!(l, mail.lead_wait_joined), reference, &url),
        )));
    }
    if who.channels.sms() {
        let l = who.locale;
        out.push(Outgoing::Sms(OutgoingSms {
            to: who.phone.into(),
            body: td_string!(l, mail.sms_wait_joined, reference = reference, url = url.as_str()).to_string(),
        }));
    }
    out
}

/// The messages offering a freed place to a waiting family: what, where,
/// when, and until when it is held; no child's name or ID number.
pub fn offer(
    entry: &crate::store::waitlist::EntryRow,
    offer: &crate::store::waitlist::OfferRow,
    site: &str,
) -> Vec<Outgoing> {
    let who = Recipient::of_entry(entry);
    let url = format!("{site}/ei/waitlist");
    let Some(day) = domain::platform::taipei::parse_iso_date(&offer.day) else {
        return Vec::new();
    };
    let until = format::instant(offer.expires_at);
    let centre = Bilingual::new(&offer.centre_name_zh_tw, &offer.centre_name_en);
    let reference = entry.reference.as_str();
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        let address = Bilingual::new(&offer.centre_address_zh_tw, &offer.centre_address_en);
        let body = |l: Locale| {
            let lines = [
                td_string!(l, mail.wait_reference, reference = reference).to_string(),
                td_string!(l, mail.date, date = format::date(l, day)).to_string(),
                td_string!(l, mail.checkin, time = offer.checkin_time.as_str()).to_string(),
                td_string!(l, mail.centre, centre = centre.tr(l)).to_string(),
                td_string!(l, mail.address, address = address.tr(l)).to_string(),
                td_string!(l, mail.phone, phone = offer.centre_phone.as_str()).to_string(),
            ]
            .join("\n");
            format!(
                "{}\n\n{}\n\n{}\n",
                td_string!(l, mail.lead_offer, until = until.as_str()),
                lines,
                td_string!(l, mail.wait_link, url = url.as_str()),
            )
        };
        out.push(Outgoing::Mail(bilingual(
            to,
            reference,
            |l| td_string!(l, mail.subject_offer).to_string(),
            body,
        )));
    }
    if who.channels.sms() {
        let l = who.locale;
        let date = format::date(l, day);
        out.push(Outgoing::Sms(OutgoingSms {
            to: who.phone.into(),
            body: td_string!(
                l,
                mail.sms_offer,
                until = until.as_str(),
                centre = centre.tr(l),
                date = date,
                time = offer.checkin_time.as_str(),
                reference = reference,
                url = url.as_str()
            )
            .to_string(),
        }));
    }
    out
}

/// Why an offer ended without the family's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferEnd {
    /// Nobody answered before the hold ran out.
    Expired,
    /// The centre closed the offered day.
    DayClosed,
}

/// The messages telling a family that its offer ended without its answer
/// and that the child keeps its place in line.
pub fn offer_ended(
    entry: &crate::store::waitlist::EntryRow,
    offer: &crate::store::waitlist::OfferRow,
    why: OfferEnd,
    site: &str,
) -> Vec<Outgoing> {
    let who = Recipient::of_entry(entry);
    let url = format!("{site}/ei/waitlist");
    let Some(day) = domain::platform::taipei::parse_iso_date(&offer.day) else {
        return Vec::new();
    };
    let centre = Bilingual::new(&offer.centre_name_zh_tw, &offer.centre_name_en);
    let reference = entry.reference.as_str();
    let lead = |l: Locale| {
        let (date, centre) = (format::date(l, day), centre.tr(l));
        match why {
            OfferEnd::Expired => td_string!(l, mail.lead_offer_expired, centre = centre, date = date).to_string(),
            OfferEnd::DayClosed => td_string!(l, mail.lead_offer_closed, centre = centre, date = date).to_string(),
        }
    };
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        out.push(Outgoing::Mail(bilingual(
            to,
            reference,
            |l| td_string!(l, mail.subject_offer_ended).to_string(),
            |l| wait_body(l, &lead(l), reference, &url),
        )));
    }
    if who.channels.sms() {
        let l = who.locale;
        out.push(Outgoing::Sms(OutgoingSms {
            to: who.phone.into(),
            body: td_string!(
                l,
                mail.sms_offer_ended,
                lead = lead(l),
                reference = reference,
                url = url.as_str()
            )
            .to_string(),
        }));
    }
    out
}

/// The messages telling a family that its reference was locked after
/// wrong birth dates (nothing was shown or changed).
pub fn reference_locked(who: &Recipient<'_>, reference: &str, until: i64, site: &str) -> Vec<Outgoing> {
    let until = format::instant(until);
    let until = until.as_str();
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        let url = format!("{site}/ei/inquiry");
        out.push(Outgoing::Mail(bilingual(
            to,
            reference,
            |l| td_string!(l, mail.subject_locked).to_string(),
            |l| {
                let lead = td_string!(l, mail.lead_locked, reference = reference, until = until);
                format!("{lead}\n\n{url}\n")
            },
        )));
    }
    if who.channels.sms() {
        out.push(Outgoing::Sms(OutgoingSms {
            to: who.phone.into(),
            body: td_string!(who.locale, mail.sms_locked, reference = reference, until = until).to_string(),
        }));
    }
    out
}

/// The stored name of a language (`zh-Hant-TW`, `en`).
pub fn locale_code(l: Locale) -> &'static str {
    match l {
        Locale::zh_Hant_TW => "zh-Hant-TW",
        Locale::en => "en",
    }
}

fn locale_of(code: &str) -> Locale {
    if code == "en" { Locale::en } else { Locale::zh_Hant_TW }
}

/// Every message about a visit that the family chose to get.
pub fn to_family(who: &Recipient<'_>, notice: Notice, v: &Visit, site: &str) -> Vec<Outgoing> {
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        out.push(Outgoing::Mail(mail(to, notice, v, site)));
    }
    if who.channels.sms() {
        out.push(Outgoing::Sms(sms(who.phone, notice, v, site, who.locale)));
    }
    out
}

/// The text message about a visit, in one language.
pub fn sms(to: &str, notice: Notice, v: &Visit, site: &str, l: Locale) -> OutgoingSms {
    let (what, date, time) = (
        notice.subject(l),
        format::date(l, v.day),
        v.checkin.format("%H:%M").to_string(),
    );
    let (reference, centre, url) = (&v.reference, v.centre.tr(l), format!("{site}/ei/inquiry"));
    OutgoingSms {
        to: to.into(),
        body: td_string!(
            l,
            mail.sms,
            what = what,
            reference = reference,
            date = date,
            time = time,
            centre = centre,
            url = url
        )
        .to_string(),
    }
}

/// The reminder that the re-assessment can be booked (the window opens two
/// months before the date the report gave), by the channels the family chose.
pub fn reassess(who: &Recipient<'_>, reference: &str, reassess_on: NaiveDate, site: &str) -> Vec<Outgoing> {
    let url = format!("{site}/ei/book");
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        let subject = LOCALES.map(|l| td_string!(l, mail.subject_reassess)).join(" ");
        let body = LOCALES
            .map(|l| {
                let date = format::date(l, reassess_on);
                format!(
                    "{}\n\n{}\n\n{}\n",
                    td_string!(l, mail.lead_reassess, date = date),
                    td_string!(l, mail.reference, reference = reference),
                    td_string!(l, mail.reassess_link, url = url.as_str()),
                )
            })
            .join("\n----------------------------------------\n\n");
        out.push(Outgoing::Mail(OutgoingMail {
            to: to.into(),
            subject: format!("{subject} ({reference})"),
            body,
            ics: None,
        }));
    }
    if who.channels.sms() {
        let l = who.locale;
        let date = format::date(l, reassess_on);
        out.push(Outgoing::Sms(OutgoingSms {
            to: who.phone.into(),
            body: td_string!(
                l,
                mail.sms_reassess,
                date = date,
                reference = reference,
                url = url.as_str()
            )
            .to_string(),
        }));
    }
    out
}

/// The text message that a child's referral case is open.
pub fn case_opened_sms(to: &str, number: &str, contact_by: NaiveDate, l: Locale) -> OutgoingSms {
    let date = format::date(l, contact_by);
    OutgoingSms {
        to: to.into(),
        body: td_string!(l, mail.sms_case_opened, number = number, date = date).to_string(),
    }
}

/// Taiwan has had no daylight saving since 1979: one standard period suffices.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Asia/Taipei\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// An iCalendar file for the visit, in Asia/Taipei time, four hours from check-in.
pub fn ics(v: &Visit, site: &str) -> String {
    let start = v.day.and_time(v.checkin);
    let end = start + chrono::Duration::hours(4);
    let tz = |dt| CalendarDateTime::WithTimezone {
        date_time: dt,
        tzid: "Asia/Taipei".into(),
    };
    let host = site
        .split("://")
        .nth(1)
        .unwrap_or("localhost")
        .split('/')
        .next()
        .unwrap_or("localhost");
    let summary = LOCALES.map(|l| td_string!(l, mail.event_summary)).join(" ");
    let bring = LOCALES.map(|l| td_string!(l, mail.what_to_bring)).join("\n");
    let event = Event::new()
        .uid(&format!("{}@{host}", v.reference))
        .summary(&summary)
        .location(&format!("{} {}", v.centre.zh_tw, v.address.both(" / ")))
        .description(&format!("{}\n{}\n\n{bring}", v.centre.both(" "), v.phone))
        .starts(tz(start))
        .ends(tz(end))
        .done();
    let text = Calendar::new()
        .name(td_string!(Locale::en, mail.event_summary))
        .timezone("Asia/Taipei")
        .push(event)
        .done()
        .to_string();
    text.replacen("BEGIN:VEVENT", &format!("{VTIMEZONE}BEGIN:VEVENT"), 1)
}
