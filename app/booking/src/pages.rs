//! Pages of the booking service.

pub mod book;
pub mod centres;
pub mod city_audit;
pub mod city_cases;
pub mod city_centres;
pub mod city_dashboard;
pub mod city_institutions;
pub mod guide;
pub mod inquiry;
pub mod my;
pub mod refer;
pub mod screening;
pub mod staff_console;
pub mod staff_day;
pub mod waitlist;
