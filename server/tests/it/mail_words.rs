//! The family's mail, as the catalogue words it (no server needed).

use booking::notify::{Letterhead, Notice, Visit, mail, sms};
use chrono::{NaiveDate, NaiveTime};
use domain::Bilingual;
use domain::booking::RegistrationStatus;

fn visit() -> Visit {
    Visit {
        reference: "EI-7K2M9Q".into(),
        centre: Bilingual::new("桃園醫院", "Taoyuan Hospital"),
        address: Bilingual::new("桃園區中山路1492號", "No. 1492, Zhongshan Rd."),
        phone: "033699721".into(),
        day: NaiveDate::from_ymd_opt(2026, 12, 3).expect("date"),
        checkin: NaiveTime::from_hms_opt(8, 30, 0).expect("time"),
    }
}

/// A city's letterhead as its profile would give it.
fn head(site: &str) -> Letterhead {
    Letterhead {
        site: site.into(),
        city: Bilingual::new("甲市", "City A"),
        tag: Bilingual::new("甲早療", "A EI"),
    }
}

#[test]
fn a_text_message_carries_the_citys_tag_from_its_profile() {
    let zh = sms(
        "0912345678",
        Notice::Submitted,
        &visit(),
        &head("https://x.tw"),
        booking::notify::locale_of("zh-Hant-TW"),
    );
    assert!(zh.body.starts_with("[甲早療] "), "{}", zh.body);
    let en = sms(
        "0912345678",
        Notice::Submitted,
        &visit(),
        &head("https://x.tw"),
        booking::notify::locale_of("en"),
    );
    assert!(
        en.body.starts_with("[A EI] ") && en.body.contains("https://x.tw/ei/inquiry"),
        "{}",
        en.body
    );
}

#[test]
fn a_mail_says_everything_in_both_languages() {
    let m = mail(
        "family@example.tw",
        Notice::Submitted,
        &visit(),
        &head("https://ei.example.tw"),
    );
    assert_eq!(m.subject, "已收到聯合評估預約 Assessment booking received (EI-7K2M9Q)");
    let (zh, en) = m.body.split_once("----").expect("two parts");
    for part in [
        "預約代碼:EI-7K2M9Q",
        "日期:2026-12-03(四)",
        "報到時間:08:30",
        "中心:桃園醫院",
        "健保卡",
    ] {
        assert!(zh.contains(part), "{part} in {zh}");
    }
    for part in [
        "Booking reference: EI-7K2M9Q",
        "Thu 3 Dec 2026",
        "Centre: Taoyuan Hospital",
        "NHI card",
    ] {
        assert!(en.contains(part), "{part} in {en}");
    }
    assert!(m.body.contains("https://ei.example.tw/ei/inquiry"));
    assert!(m.ics.as_deref().is_some_and(|c| c.contains("TZID:Asia/Taipei")));
}

#[test]
fn a_status_change_names_the_status_and_carries_no_calendar() {
    let by_centre = Notice::Status {
        status: RegistrationStatus::Cancelled,
        by_centre: true,
    };
    let m = mail("f@example.tw", by_centre, &visit(), &head("https://x.tw"));
    assert!(m.subject.contains("已由中心取消") && m.subject.contains("Cancelled by the centre"));
    assert!(m.ics.is_none());
    let by_family = Notice::Status {
        status: RegistrationStatus::Cancelled,
        by_centre: false,
    };
    let m = mail("f@example.tw", by_family, &visit(), &head("https://x.tw"));
    assert!(
        m.body.contains("預約狀態:已取消") && m.body.contains("Status: Cancelled"),
        "{}",
        m.body
    );
    assert!(!m.subject.contains("centre"), "{}", m.subject);
}
