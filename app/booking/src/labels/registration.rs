//! Registrations and the waitlist: statuses, who filled the form in, the
//! channels, the staff's actions, where the child lives, an audited action.

use domain::booking::contact::{Channels, FilledBy};
use domain::booking::registration::{RegistrationStatus, StaffAction};
use domain::booking::waitlist::WaitStatus;
use i18n::*;

/// The district a child lives in, as the family gave it, or that they did not give it.
pub fn home_district_label(l: Locale, d: Option<domain::booking::District>) -> String {
    match d {
        Some(d) => crate::labels::district_name(l, d),
        None => td_string!(l, booking.home_district_none).to_owned(),
    }
}

pub fn status_label(locale: Locale, s: RegistrationStatus) -> &'static str {
    use RegistrationStatus as S;
    match s {
        S::Submitted => td_string!(locale, booking.status_submitted),
        S::Confirmed => td_string!(locale, booking.status_confirmed),
        S::CheckedIn => td_string!(locale, booking.status_checked_in),
        S::Completed => td_string!(locale, booking.status_completed),
        S::NoShow => td_string!(locale, booking.status_no_show),
        S::Ineligible => td_string!(locale, booking.status_ineligible),
        S::Cancelled => td_string!(locale, booking.status_cancelled),
    }
}

pub fn filled_by_label(locale: Locale, f: FilledBy) -> &'static str {
    match f {
        FilledBy::Parent => td_string!(locale, booking.filled_by_parent),
        FilledBy::Grandparent => td_string!(locale, booking.filled_by_grandparent),
        FilledBy::Teacher => td_string!(locale, booking.filled_by_teacher),
        FilledBy::SocialWorker => td_string!(locale, booking.filled_by_social_worker),
        FilledBy::Nurse => td_string!(locale, booking.filled_by_nurse),
        FilledBy::Nanny => td_string!(locale, booking.filled_by_nanny),
        FilledBy::Other => td_string!(locale, booking.filled_by_other),
    }
}

pub fn channel_label(l: Locale, c: Channels) -> &'static str {
    match c {
        Channels::Sms => td_string!(l, booking.channel_sms),
        Channels::Mail => td_string!(l, booking.channel_mail),
        Channels::Both => td_string!(l, booking.channel_both),
    }
}

pub fn staff_action_label(locale: Locale, a: StaffAction, needs_approval: bool) -> &'static str {
    match a {
        StaffAction::Confirm if needs_approval => td_string!(locale, staff.action_approve),
        StaffAction::Confirm => td_string!(locale, staff.action_confirm),
        StaffAction::MarkIneligible => td_string!(locale, staff.action_mark_ineligible),
        StaffAction::CheckIn => td_string!(locale, staff.action_check_in),
        StaffAction::Complete => td_string!(locale, staff.action_complete),
        StaffAction::MarkNoShow => td_string!(locale, staff.action_mark_no_show),
        StaffAction::Cancel => td_string!(locale, staff.action_cancel),
    }
}

pub fn wait_status_label(l: Locale, s: WaitStatus) -> &'static str {
    match s {
        WaitStatus::Waiting => td_string!(l, waitlist.status_waiting),
        WaitStatus::Booked => td_string!(l, waitlist.status_booked),
        WaitStatus::Left => td_string!(l, waitlist.status_left),
    }
}

/// An audited action in words; an action this page does not know shows as stored.
pub fn audit_action_label(l: Locale, action: &str) -> String {
    use domain::booking::RegistrationStatus;
    if let Some(status) = <RegistrationStatus as domain::Named>::parse(action) {
        return status_label(l, status).to_string();
    }
    match action {
        "read" => td_string!(l, cases.audit_read),
        "report" => td_string!(l, cases.audit_report),
        "export" => td_string!(l, cases.audit_export),
        "case_read" => td_string!(l, cases.audit_case_read),
        "case_queue_read" => td_string!(l, cases.audit_case_queue_read),
        "case_assigned" => td_string!(l, cases.audit_case_assigned),
        "case_contact" => td_string!(l, cases.audit_case_contact),
        "case_booked" => td_string!(l, cases.audit_case_booked),
        "case_closed" => td_string!(l, cases.audit_case_closed),
        "waitlist_read" => td_string!(l, cases.audit_waitlist_read),
        "sign_in_failed" => td_string!(l, cases.audit_sign_in_failed),
        "second_factor_on" => td_string!(l, cases.audit_second_factor_on),
        "second_factor_off" => td_string!(l, cases.audit_second_factor_off),
        "second_factor_required" => td_string!(l, cases.audit_second_factor_required),
        "second_factor_optional" => td_string!(l, cases.audit_second_factor_optional),
        "centre_added" => td_string!(l, cases.audit_centre_added),
        "centre_changed" => td_string!(l, cases.audit_centre_changed),
        "staff_assigned" => td_string!(l, cases.audit_staff_assigned),
        "institution_added" => td_string!(l, cases.audit_institution_added),
        other => other,
    }
    .to_string()
}
