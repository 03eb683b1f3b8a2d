//! Messages to families (bilingual: Traditional Chinese first, then English)
//! and the calendar file of a visit. Server only. No child's name or ID
//! number goes into a mail or a calendar file: the reference is enough.

use super::store::registrations::{OutgoingMail, RegistrationRow};
use chrono::{NaiveDate, NaiveTime};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

/// What a family needs to know about a visit.
pub struct Visit {
    pub reference: String,
    pub centre_zh_tw: String,
    pub centre_en: String,
    pub address_zh_tw: String,
    pub address_en: String,
    pub phone: String,
    pub day: NaiveDate,
    pub checkin: NaiveTime,
}

impl Visit {
    pub fn from_row(r: &RegistrationRow) -> Option<Self> {
        Some(Self {
            reference: r.reference.clone(),
            centre_zh_tw: r.centre_name_zh_tw.clone(),
            centre_en: r.centre_name_en.clone(),
            address_zh_tw: r.centre_address_zh_tw.clone(),
            address_en: r.centre_address_en.clone(),
            phone: r.centre_phone.clone(),
            day: domain::platform::taipei::parse_iso_date(&r.day)?,
            checkin: NaiveTime::parse_from_str(&r.checkin_time, "%H:%M").ok()?,
        })
    }
}

pub const WHAT_TO_BRING_ZH: &str = "請攜帶:孩子的健保卡、兒童健康手冊、過去的評估報告(如有)、身心障礙證明(如有)。請準時報到,遲到超過報到時間需重新掛號。";
pub const WHAT_TO_BRING_EN: &str = "Please bring: the child's NHI card, the Child Health Handbook, any previous assessment report, and a disability certificate if there is one. Please arrive on time: arriving after check-in means registering again.";

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
    let event = Event::new()
        .uid(&format!("{}@{host}", v.reference))
        .summary(&format!("兒童發展聯合評估 Joint assessment ({})", v.reference))
        .location(&format!("{} {} / {}", v.centre_zh_tw, v.address_zh_tw, v.address_en))
        .description(&format!(
            "{} {}\n{}\n\n{}\n{}",
            v.centre_zh_tw, v.centre_en, v.phone, WHAT_TO_BRING_ZH, WHAT_TO_BRING_EN
        ))
        .starts(tz(start))
        .ends(tz(end))
        .done();
    let text = Calendar::new()
        .name("Joint assessment")
        .timezone("Asia/Taipei")
        .push(event)
        .done()
        .to_string();
    text.replacen("BEGIN:VEVENT", &format!("{VTIMEZONE}BEGIN:VEVENT"), 1)
}

fn visit_lines(v: &Visit) -> String {
    format!(
        "預約代碼 Booking reference: {}\n日期 Date: {}\n報到時間 Check-in: {} (臺北時間 Taipei time)\n中心 Centre: {} / {}\n地址 Address: {} / {}\n電話 Phone: {}\n",
        v.reference,
        v.day,
        v.checkin.format("%H:%M"),
        v.centre_zh_tw,
        v.centre_en,
        v.address_zh_tw,
        v.address_en,
        v.phone
    )
}

fn footer(site: &str) -> String {
    format!(
        "\n{WHAT_TO_BRING_ZH}\n{WHAT_TO_BRING_EN}\n\n查詢或更改預約 To check or change the booking: {site}/ei/inquiry\n"
    )
}

pub fn submitted(to: &str, v: &Visit, site: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: format!("已收到聯合評估預約 Assessment booking received ({})", v.reference),
        body: format!(
            "您的預約已送出,狀態為「已送出,待中心審核」,名額已為您保留。中心審核後會再通知您。\nYour booking was submitted and is awaiting the centre's verification; the place is held for you. You will hear from the centre after verification.\n\n{}{}",
            visit_lines(v),
            footer(site)
        ),
        ics: Some(ics(v, site)),
    }
}

pub fn status_changed(to: &str, v: &Visit, status_zh: &str, status_en: &str, site: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: format!("預約狀態更新 Booking status: {status_en} ({})", v.reference),
        body: format!(
            "預約狀態:{status_zh}\nStatus: {status_en}\n\n{}{}",
            visit_lines(v),
            footer(site)
        ),
        ics: None,
    }
}

pub fn rescheduled(to: &str, v: &Visit, site: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: format!("預約已改期 Booking rescheduled ({})", v.reference),
        body: format!(
            "您的預約已改到新的日期,待中心審核。\nYour booking moved to a new day and awaits the centre's verification.\n\n{}{}",
            visit_lines(v),
            footer(site)
        ),
        ics: Some(ics(v, site)),
    }
}

pub fn reminder(to: &str, v: &Visit, site: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: format!("提醒:兩天後聯合評估 Reminder: assessment in two days ({})", v.reference),
        body: format!(
            "提醒您,孩子的聯合評估在兩天後。如無法前往,請提前取消,讓其他孩子使用名額。\nA reminder that the joint assessment is in two days. If you cannot come, please cancel so another child can have the place.\n\n{}{}",
            visit_lines(v),
            footer(site)
        ),
        ics: Some(ics(v, site)),
    }
}
