//! Messages to a family whose child was referred: the case is open.

use super::parts::{LOCALES, Letterhead};
use chrono::NaiveDate;
use i18n::*;
use platform::format;
use platform::ssr::outbox::{OutgoingMail, OutgoingSms};

/// The mail to a family whose child was referred and whose case opened:
/// the case number and when the referral centre will have called.
pub fn case_opened(to: &str, number: &str, contact_by: NaiveDate, head: &Letterhead) -> OutgoingMail {
    let url = format!("{}/ei", head.site);
    let subject = LOCALES
        .map(|l| td_string!(l, mail.subject_case_opened, city = head.city(l)).to_string())
        .join(" ");
    let body = LOCALES
        .map(|l| {
            let date = format::date(l, contact_by);
            format!(
                "{}\n\n{}\n{}\n\n{}\n",
                td_string!(l, mail.lead_case_opened, city = head.city(l)),
                td_string!(l, mail.referral_number, number = number),
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

/// The text message that a child's referral case is open.
pub fn case_opened_sms(to: &str, number: &str, contact_by: NaiveDate, head: &Letterhead, l: Locale) -> OutgoingSms {
    let date = format::date(l, contact_by);
    OutgoingSms {
        to: to.into(),
        body: td_string!(l, mail.sms_case_opened, tag = head.tag(l), number = number, date = date).to_string(),
    }
}
