//! The calendar file of a visit.

use super::parts::{LOCALES, Visit};
use i18n::*;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

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
