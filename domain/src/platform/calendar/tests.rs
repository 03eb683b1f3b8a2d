use super::*;
use proptest::prelude::*;

const Y2026: &str = include_str!("../../../../data/calendar/2026.csv");
const Y2025: &str = include_str!("../../../../data/calendar/2025.csv");

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn the_shipped_years_read_whole() {
    let y2026 = parse_office_calendar(Y2026).unwrap();
    assert_eq!(y2026.len(), 365);
    assert_eq!(y2026[0].date, d("2026-01-01"));
    assert!(y2026[0].closed);
    assert_eq!(y2026[0].note, "開國紀念日");
    assert_eq!(parse_office_calendar(Y2025).unwrap().len(), 365);
}

#[test]
fn holidays_close_weekdays_and_make_up_saturdays_open() {
    let days = parse_office_calendar(Y2025).unwrap();
    let cal = WorkingDays::official(&days, []);
    // Lunar New Year's Eve week, 2025: closed Monday to Friday.
    for day in ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"] {
        assert!(!cal.is_working_day(d(day)), "{day}");
    }
    // Saturday 8 February 2025 was a make-up working day (補行上班).
    assert!(cal.is_working_day(d("2025-02-08")));
    assert!(!cal.is_working_day(d("2025-02-15")));
    // A referral on Friday 24 January 2025 with three working days: the
    // centre's week off and the weekend do not count; the make-up Saturday does.
    assert_eq!(cal.after(d("2025-01-24"), 1), d("2025-02-03"));
    assert_eq!(cal.after(d("2025-02-06"), 1), d("2025-02-07"));
    assert_eq!(cal.after(d("2025-02-07"), 1), d("2025-02-08"));
}

#[test]
fn a_city_closure_adds_to_the_national_calendar_and_uncovered_years_fall_back_to_weekdays() {
    let days = parse_office_calendar(Y2026).unwrap();
    // A typhoon day the city declared: Thursday 1 October 2026.
    let cal = WorkingDays::official(&days, [d("2026-10-01")]);
    assert!(!cal.is_working_day(d("2026-10-01")));
    // Friday 25 September 2026 was the Mid-Autumn Festival.
    assert!(!cal.is_working_day(d("2026-09-25")));
    assert_eq!(cal.after(d("2026-09-24"), 1), d("2026-09-29"));
    assert!(cal.covers(d("2026-12-31")));
    assert!(!cal.covers(d("2027-01-04")));
    assert!(cal.is_working_day(d("2027-01-04")));
    assert!(!cal.is_working_day(d("2027-01-02")));
}

#[test]
fn a_broken_file_is_refused_with_its_line() {
    let header = "西元日期,星期,是否放假,備註\n";
    assert_eq!(parse_office_calendar("date,weekday\n"), Err(CalendarError::Header));
    assert_eq!(parse_office_calendar(header), Err(CalendarError::Empty));
    assert_eq!(
        parse_office_calendar(&format!("{header}20260101,四,2,開國紀念日\n2026013,五,0,\n")),
        Err(CalendarError::Date(3, "2026013".into()))
    );
    assert_eq!(
        parse_office_calendar(&format!("{header}20260101,五,2,\n")),
        Err(CalendarError::Weekday(2, "五".into()))
    );
    assert_eq!(
        parse_office_calendar(&format!("{header}20260101,四,1,\n")),
        Err(CalendarError::Flag(2, "1".into()))
    );
    assert_eq!(
        parse_office_calendar(&format!("{header}20260101,四,2\n")),
        Err(CalendarError::Fields(2))
    );
    assert_eq!(
        parse_office_calendar(&format!("{header}20260101,四,2,\n20260101,四,2,\n")),
        Err(CalendarError::Duplicate(3, d("2026-01-01")))
    );
    assert_eq!(
        parse_office_calendar(&format!("{header}20260101,四,2,\n20270101,五,2,\n")),
        Err(CalendarError::OtherYear(3, d("2027-01-01"), 2026))
    );
    // A year with a day missing.
    let short: String = Y2026
        .lines()
        .filter(|l| !l.starts_with("20260704"))
        .map(|l| format!("{l}\r\n"))
        .collect();
    assert_eq!(
        parse_office_calendar(&short),
        Err(CalendarError::Incomplete(2026, 364, 365))
    );
}

proptest! {
    /// With the real calendar, the due day is a working day and exactly n
    /// working days follow the opening day up to it.
    #[test]
    fn the_due_day_is_the_nth_official_working_day(start in 0i64..700, n in 1u32..15) {
        let mut days = parse_office_calendar(Y2025).unwrap();
        days.extend(parse_office_calendar(Y2026).unwrap());
        let cal = WorkingDays::official(&days, []);
        let from = d("2025-01-01") + Duration::days(start);
        let due = cal.after(from, n);
        prop_assert!(cal.is_working_day(due));
        let counted = (1..=(due - from).num_days())
            .filter(|k| cal.is_working_day(from + Duration::days(*k)))
            .count();
        prop_assert_eq!(counted, n as usize);
    }
}
