use super::*;
use crate::Named;

#[test]
fn staff_and_administrators_sessions_are_short_and_end_after_twelve_hours() {
    for role in [
        Role::CentreStaff,
        Role::CityAdmin,
        Role::CountyAdmin,
        Role::Reporter,
        Role::CaseManager,
    ] {
        let l = role.session_limits();
        assert_eq!(l.idle_seconds, 1800, "{role:?}");
        assert!(!l.outlived(Some(0), 12 * 3600 - 1));
        assert!(l.outlived(Some(0), 12 * 3600));
        assert!(l.outlived(None, 0), "a session from before the rule ends");
    }
    for role in [Role::Parent, Role::RestaurantStaff] {
        let l = role.session_limits();
        assert_eq!(l.idle_seconds, 8 * 3600);
        assert!(!l.outlived(None, i64::MAX / 2));
    }
}

#[test]
fn role_names_round_trip() {
    for r in Role::all() {
        assert_eq!(Role::parse(r.as_str()), Some(r));
    }
    assert_eq!(Role::parse("root"), None);
}

#[test]
fn each_permission_belongs_to_the_roles_that_need_it_only() {
    use Permission::*;
    assert!(Role::Parent.may(ManageOwnRegistrations));
    assert!(!Role::Parent.may(RunClinicDays));
    assert!(!Role::CityAdmin.may(RunClinicDays));
    assert!(Role::CentreStaff.may(RunClinicDays));
    assert!(!Role::CentreStaff.may(ReadAuditLog));
    assert!(Role::CityAdmin.may(ReadAuditLog));
    assert!(!Role::RestaurantStaff.may(CurateStandard));
    assert!(Role::CountyAdmin.may(CurateStandard));
    assert!(!Role::CountyAdmin.may(ManageCentres));
    assert!(!Role::CityAdmin.may(CurateStandard));
    assert!(Role::Reporter.may(ReferChildren));
    assert!(!Role::Reporter.may(WorkCases));
    assert!(!Role::Reporter.may(RunClinicDays));
    assert!(Role::CaseManager.may(WorkCases));
    assert!(!Role::CaseManager.may(RunClinicDays));
    assert!(!Role::CaseManager.may(ReadAuditLog));
    assert!(!Role::CentreStaff.may(WorkCases));
    assert!(!Role::CityAdmin.may(WorkCases));
}

#[test]
fn an_administrator_creates_accounts_for_their_own_government_only() {
    assert!(Role::CityAdmin.may_create(Role::CentreStaff));
    assert!(!Role::CityAdmin.may_create(Role::RestaurantStaff));
    assert!(Role::CountyAdmin.may_create(Role::RestaurantStaff));
    assert!(!Role::CountyAdmin.may_create(Role::CentreStaff));
    assert!(Role::CityAdmin.may_create(Role::Reporter));
    assert!(Role::CityAdmin.may_create(Role::CaseManager));
    assert!(!Role::CountyAdmin.may_create(Role::Reporter));
    for r in Role::all() {
        assert!(!Role::Parent.may_create(r));
        assert!(!Role::CentreStaff.may_create(r));
        assert!(!Role::RestaurantStaff.may_create(r));
        assert!(!Role::Reporter.may_create(r));
        assert!(!Role::CaseManager.may_create(r));
    }
}

#[test]
fn each_government_requires_two_step_sign_in_for_its_own_roles_only() {
    let city: Vec<Role> = Role::CityAdmin.second_factor_governed().collect();
    assert_eq!(city.len(), 4);
    assert!(city.contains(&Role::CentreStaff) && city.contains(&Role::CityAdmin));
    assert!(!city.contains(&Role::RestaurantStaff) && !city.contains(&Role::Parent));
    let county: Vec<Role> = Role::CountyAdmin.second_factor_governed().collect();
    assert_eq!(county, vec![Role::RestaurantStaff, Role::CountyAdmin]);
    assert_eq!(Role::CentreStaff.second_factor_governed().count(), 0);
    assert!(!Role::Parent.may_use_second_factor());
}
