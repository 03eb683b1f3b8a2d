//! Reminders and warnings: the re-assessment window has opened, a
//! reference was locked after wrong birth dates.

use super::parts::{LOCALES, Letterhead, Recipient, bilingual};
use chrono::NaiveDate;
use i18n::*;
use platform::format;
use platform::ssr::outbox::{Outgoing, OutgoingMail, OutgoingSms};

/// The reminder that the re-assessment can be booked (the window opens two
/// months before the date the report gave), by the channels the family chose.
pub fn reassess(who: &Recipient<'_>, reference: &str, reassess_on: NaiveDate, head: &Letterhead) -> Vec<Outgoing> {
    let url = format!("{}/ei/book", head.site);
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
                tag = head.tag(l),
                date = date,
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
pub fn reference_locked(who: &Recipient<'_>, reference: &str, until: i64, head: &Letterhead) -> Vec<Outgoing> {
    let until = format::instant(until);
    let until = until.as_str();
    let mut out = Vec::new();
    if let (true, Some(to)) = (who.channels.mail(), who.email) {
        let url = format!("{}/ei/inquiry", head.site);
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
            body: td_string!(
                who.locale,
                mail.sms_locked,
                tag = head.tag(who.locale),
                reference = reference,
                until = until
            )
            .to_string(),
        }));
    }
    out
}
