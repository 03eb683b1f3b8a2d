//! Messages about a visit: booked, moved, reminded, its status changed.

use super::calendar::ics;
use super::parts::{LOCALES, Letterhead, Recipient, Visit};
use domain::booking::RegistrationStatus;
use i18n::*;
use platform::format::{self, Localized};
use platform::ssr::outbox::{Outgoing, OutgoingMail, OutgoingSms};

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
            crate::labels::status_label(l, status)
        }
    }

    pub(crate) fn subject(self, l: Locale) -> String {
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
    pub(crate) fn attaches_calendar(self) -> bool {
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
pub fn mail(to: &str, notice: Notice, v: &Visit, head: &Letterhead) -> OutgoingMail {
    let url = format!("{}/ei/inquiry", head.site);
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
        ics: notice.attaches_calendar().then(|| ics(v, &head.site)),
    }
}

/// Every message about a visit that the family chose to get.
pub fn to_family(who: &Recipient<'_>, notice: Notice, v: &Visit, head: &Letterhead) -> Vec<Outgoing> {
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        out.push(Outgoing::Mail(mail(to, notice, v, head)));
    }
    if who.channels.sms() {
        out.push(Outgoing::Sms(sms(who.phone, notice, v, head, who.locale)));
    }
    out
}

/// The text message about a visit, in one language.
pub fn sms(to: &str, notice: Notice, v: &Visit, head: &Letterhead, l: Locale) -> OutgoingSms {
    let (what, date, time) = (
        notice.subject(l),
        format::date(l, v.day),
        v.checkin.format("%H:%M").to_string(),
    );
    let (reference, centre, url) = (&v.reference, v.centre.tr(l), format!("{}/ei/inquiry", head.site));
    OutgoingSms {
        to: to.into(),
        body: td_string!(
            l,
            mail.sms,
            tag = head.tag(l),
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
