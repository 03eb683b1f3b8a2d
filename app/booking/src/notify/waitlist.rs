//! Messages to a family on the waitlist: joined, a place offered, an offer
//! ended without its answer.

use super::parts::{Letterhead, Recipient, bilingual, wait_body};
use chrono::NaiveDate;
use domain::Bilingual;
use i18n::*;
use platform::format::{self, Localized};
use platform::ssr::outbox::{Outgoing, OutgoingSms};

/// The place offered: the day, where, the check-in time and until when it is held.
pub struct Offered<'a> {
    pub day: NaiveDate,
    pub centre: Bilingual,
    pub address: Bilingual,
    pub phone: &'a str,
    pub checkin_time: &'a str,
    pub expires_at: i64,
}

/// The messages to a family that joined the waitlist.
pub fn wait_joined(who: &Recipient<'_>, reference: &str, head: &Letterhead) -> Vec<Outgoing> {
    let url = format!("{}/ei/waitlist", head.site);
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
            body: td_string!(
                l,
                mail.sms_wait_joined,
                tag = head.tag(l),
                reference = reference,
                url = url.as_str()
            )
            .to_string(),
        }));
    }
    out
}

/// The messages offering a freed place to a waiting family: what, where,
/// when, and until when it is held; no child's name or ID number.
pub fn offer(who: &Recipient<'_>, reference: &str, offer: &Offered<'_>, head: &Letterhead) -> Vec<Outgoing> {
    let url = format!("{}/ei/waitlist", head.site);
    let day = offer.day;
    let until = format::instant(offer.expires_at);
    let centre = &offer.centre;
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        let address = &offer.address;
        let body = |l: Locale| {
            let lines = [
                td_string!(l, mail.wait_reference, reference = reference).to_string(),
                td_string!(l, mail.date, date = format::date(l, day)).to_string(),
                td_string!(l, mail.checkin, time = offer.checkin_time).to_string(),
                td_string!(l, mail.centre, centre = centre.tr(l)).to_string(),
                td_string!(l, mail.address, address = address.tr(l)).to_string(),
                td_string!(l, mail.phone, phone = offer.phone).to_string(),
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
                tag = head.tag(l),
                until = until.as_str(),
                centre = centre.tr(l),
                date = date,
                time = offer.checkin_time,
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
    who: &Recipient<'_>,
    reference: &str,
    offer: &Offered<'_>,
    why: OfferEnd,
    head: &Letterhead,
) -> Vec<Outgoing> {
    let url = format!("{}/ei/waitlist", head.site);
    let (day, centre) = (offer.day, &offer.centre);
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
                tag = head.tag(l),
                lead = lead(l),
                reference = reference,
                url = url.as_str()
            )
            .to_string(),
        }));
    }
    out
}
