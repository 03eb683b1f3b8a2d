//! The booking service's use cases, one a file named for it: each takes a
//! context (`state::BookingCx`, or the platform's `Context` when the service's
//! settings are not needed), the actor it serves and its typed input, and
//! never reads the request. Server functions, REST handlers, exports and jobs
//! are their adapters. `child_record` and `referring` hold what
//! several of them share.

pub mod accept_offer;
pub mod answer_offer;
pub mod audit_log;
pub mod availability;
pub mod book_for_case;
pub mod booking_step;
pub mod cancel_registration;
pub mod case_detail;
pub mod case_queue;
pub mod centre_staff;
pub mod centres;
pub mod change_day;
pub mod check_answers;
pub mod child_record;
pub mod city_dashboard;
pub mod city_rows;
pub mod city_summary;
pub mod day_detail;
pub mod find_registration;
pub mod find_wait;
pub mod hold_day;
pub mod hold_place;
pub mod institutions;
pub mod join_waitlist;
pub mod my_registrations;
pub mod open_days;
pub mod record_report;
pub mod refer_child;
pub mod referral_page;
pub mod referring;
pub mod registration_view;
pub mod reschedule_registration;
pub mod save_centre;
pub mod screening;
pub mod staff_act;
pub mod staff_days;
pub mod submit_registration;
pub mod therapy_providers;
pub mod wait_view;
pub mod waitlist_rows;
pub mod work_case;
