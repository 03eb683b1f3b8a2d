//! Accounts, sessions, roles and the defences around them.

use crate::both;
use crate::harness::{Db, TestApp, call_with};
use domain::meals::Township;
use domain::platform::Role;
use platform::AppError;
use platform::accounts::{
    AccountsView, CreateAccount, ListAccounts, ResetAccountPassword, SetAccountActive, WorkplaceArea,
};
use platform::auth::{ChangePassword, ConfirmSignup, CurrentUser, Login, Logout, Me, Register, WorkplaceAreas};

fn register(email: &str, password: &str, kind: &str) -> Register {
    Register {
        email: email.into(),
        password: password.into(),
        display_name: "Chen".into(),
        account_type: kind.into(),
        workplace_name: Some("慢食小館".into()),
        workplace_area: Some("TaitungCity".into()),
    }
}

/// The token in the last link mailed to `to`, if any.
async fn mailed_token(app: &TestApp, to: &str) -> Option<String> {
    let body: Option<String> =
        sqlx::query_scalar("SELECT body FROM mail_outbox WHERE to_addr = $1 ORDER BY id DESC LIMIT 1")
            .bind(to)
            .fetch_optional(&app.state.db.pool)
            .await
            .unwrap();
    let after = body?.split("/register/confirm?token=").nth(1)?.to_owned();
    after.split_whitespace().next().map(str::to_owned)
}

/// Registers and opens the link mailed for it, as a person does.
async fn sign_up(app: &TestApp, form: Register) -> Result<(), AppError> {
    let to = form.email.trim().to_lowercase();
    app.call::<_, ()>(form).await?;
    let token = mailed_token(app, &to).await.expect("a link mailed");
    app.call(ConfirmSignup { token }).await
}

both!(a_parent_registers_signs_out_changes_the_password_and_other_sessions_end);
async fn a_parent_registers_signs_out_changes_the_password_and_other_sessions_end(db: Db) {
    let app = TestApp::spawn(db).await;
    sign_up(&app, register("chen@example.tw", "first password", "parent"))
        .await
        .expect("register");
    let me: Option<Me> = app.call(CurrentUser {}).await.unwrap();
    assert_eq!(me.as_ref().map(|m| m.role), Some(Role::Parent));
    assert_eq!(
        app.call::<_, ()>(register("not-an-email", "first password", "parent"))
            .await,
        Err(AppError::EmailInvalid)
    );
    assert_eq!(
        app.call::<_, ()>(register("x@example.tw", "short", "parent")).await,
        Err(AppError::PasswordTooShort)
    );
    assert_eq!(
        app.call::<_, ()>(register("y@example.tw", "long enough pw", "city_admin"))
            .await,
        Err(AppError::RoleNotAllowed)
    );
    // Centre staff work at a centre the city chose: the booking service's
    // directory takes no self-registered workplaces.
    assert_eq!(
        app.call::<_, ()>(register("z@example.tw", "long enough pw", "centre_staff"))
            .await,
        Err(AppError::RoleNotAllowed)
    );
    assert_eq!(
        app.call::<_, ()>(register("w@example.tw", "long enough pw", "no such role"))
            .await,
        Err(AppError::RoleNotAllowed)
    );

    // A second browser signed in to the same account.
    let other = TestApp::new_client(&app.base);
    app.login_as(&other, "chen@example.tw", "first password")
        .await
        .expect("second session");
    assert_eq!(
        app.call::<_, ()>(ChangePassword {
            current_password: "wrong one!!".into(),
            new_password: "second password".into()
        })
        .await,
        Err(AppError::WrongPassword)
    );
    app.call::<_, ()>(ChangePassword {
        current_password: "first password".into(),
        new_password: "second password".into(),
    })
    .await
    .expect("change");
    assert!(
        app.call::<_, Option<Me>>(CurrentUser {}).await.unwrap().is_some(),
        "this session continues"
    );
    assert_eq!(
        call_with::<_, Option<Me>>(&other, &app.base, CurrentUser {})
            .await
            .unwrap(),
        None,
        "the other session ended"
    );
    assert_eq!(
        app.login_as(&other, "chen@example.tw", "first password").await,
        Err(AppError::BadCredentials)
    );
    app.login_as(&other, "chen@example.tw", "second password")
        .await
        .expect("new password");
    app.call::<_, ()>(Logout {}).await.expect("logout");
    assert_eq!(app.call::<_, Option<Me>>(CurrentUser {}).await.unwrap(), None);
    app.cleanup().await;
}

both!(restaurant_staff_register_with_their_restaurant);
async fn restaurant_staff_register_with_their_restaurant(db: Db) {
    let app = TestApp::spawn(db).await;
    sign_up(&app, register("cook@example.tw", "cook password", "restaurant_staff"))
        .await
        .expect("register");
    let me: Me = app
        .call::<_, Option<Me>>(CurrentUser {})
        .await
        .unwrap()
        .expect("signed in");
    assert_eq!(me.role, Role::RestaurantStaff);
    let restaurant = me.restaurant_id.expect("a restaurant");
    let row = meals::store::restaurants::get(&app.state.db, restaurant).await.unwrap();
    assert_eq!(
        row.map(|r| (r.name_zh_tw, r.township)),
        Some(("慢食小館".into(), Township::of("TaitungCity")))
    );

    // The form offers Taitung's sixteen townships, named in both languages.
    let areas: Vec<WorkplaceArea> = app.call(WorkplaceAreas {}).await.unwrap();
    assert_eq!(areas.len(), 16);
    let chishang = areas.iter().find(|a| a.code == "Chishang").map(|a| a.name.clone());
    assert_eq!(chishang, Some(domain::Bilingual::new("池上鄉", "Chishang Township")));

    let restaurants = || async { meals::store::restaurants::list(&app.state.db).await.unwrap().len() };
    let before = restaurants().await;
    let mut missing = register("cook2@example.tw", "cook password", "restaurant_staff");
    missing.workplace_name = None;
    assert_eq!(app.call::<_, ()>(missing).await, Err(AppError::OwnWorkplaceIncomplete));
    for area in [None, Some("池上鄉"), Some("Atlantis"), Some("")] {
        let mut elsewhere = register("cook3@example.tw", "cook password", "restaurant_staff");
        elsewhere.workplace_area = area.map(Into::into);
        assert_eq!(
            app.call::<_, ()>(elsewhere).await,
            Err(AppError::OwnWorkplaceIncomplete),
            "{area:?}"
        );
    }
    assert_eq!(
        restaurants().await,
        before,
        "a refused registration leaves no restaurant"
    );
    app.cleanup().await;
}

both!(sign_in_attempts_are_limited_and_do_not_reveal_whether_an_account_exists);
async fn sign_in_attempts_are_limited_and_do_not_reveal_whether_an_account_exists(db: Db) {
    let app = TestApp::spawn_with(db, &["--login-burst", "3"]).await;
    sign_up(&app, register("lim@example.tw", "right password", "parent"))
        .await
        .unwrap();
    let fresh = TestApp::new_client(&app.base);
    let attempt = |email: &'static str, pw: &'static str| {
        let fresh = fresh.clone();
        let base = app.base.clone();
        async move {
            call_with::<_, ()>(
                &fresh,
                &base,
                Login {
                    email: email.into(),
                    password: pw.into(),
                    next: None,
                    code: None,
                },
            )
            .await
        }
    };
    assert_eq!(attempt("lim@example.tw", "wrong").await, Err(AppError::BadCredentials));
    assert_eq!(
        attempt("nobody@example.tw", "wrong").await,
        Err(AppError::BadCredentials)
    );
    assert_eq!(attempt("lim@example.tw", "wrong").await, Err(AppError::BadCredentials));
    // The address has used its attempts: even the right password waits now.
    assert_eq!(
        attempt("lim@example.tw", "right password").await,
        Err(AppError::RateLimited)
    );
    app.cleanup().await;
}

both!(failed_sign_ins_to_staff_accounts_are_audited);
async fn failed_sign_ins_to_staff_accounts_are_audited(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = crate::fixtures::centre(&app, "Audit").await;
    let (_staff, staff_id) = app.user(Role::CentreStaff, Some(c), None).await;
    let (_parent, parent_id) = app.user(Role::Parent, None, None).await;
    let email_of = |id: domain::ids::UserId| {
        let db = app.state.db.clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT email FROM users WHERE id = $1")
                .bind(id.get())
                .fetch_one(&db.pool)
                .await
                .unwrap()
        }
    };
    for id in [staff_id, parent_id] {
        let email = email_of(id).await;
        let tried = call_with::<_, ()>(
            &TestApp::new_client(&app.base),
            &app.base,
            Login {
                email,
                password: "not the password".into(),
                next: None,
                code: None,
            },
        )
        .await;
        assert_eq!(tried, Err(AppError::BadCredentials));
    }
    let audited: Vec<(domain::ids::UserId, Option<domain::ids::CentreId>)> = sqlx::query_as::<_, (i64, Option<i64>)>(
        "SELECT actor_user_id, centre_id FROM audit_log WHERE action = 'sign_in_failed'",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .into_iter()
    .map(|(u, c)| (u.into(), c.map(Into::into)))
    .collect();
    assert_eq!(
        audited,
        vec![(staff_id, Some(c))],
        "the staff account's, not the parent's"
    );
    app.cleanup().await;
}

both!(staff_sessions_end_when_idle_or_twelve_hours_after_signing_in);
async fn staff_sessions_end_when_idle_or_twelve_hours_after_signing_in(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = crate::fixtures::centre(&app, "Sessions").await;
    let real_now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64
    };
    let newest_expiry = || async {
        sqlx::query_scalar::<_, i64>("SELECT MAX(expires_at) FROM sessions")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
    };
    let (staff, _) = app.user(Role::CentreStaff, Some(c), None).await;
    let idle = newest_expiry().await - real_now();
    assert!((1700..=1800).contains(&idle), "staff: 30 minutes idle, got {idle} s");
    let (parent, _) = app.user(Role::Parent, None, None).await;
    let idle = newest_expiry().await - real_now();
    assert!(
        (8 * 3600 - 100..=8 * 3600).contains(&idle),
        "parents: 8 hours, got {idle} s"
    );
    let me = |client: reqwest::Client| {
        let base = app.base.clone();
        async move {
            call_with::<_, Option<Me>>(&client, &base, CurrentUser {})
                .await
                .unwrap()
        }
    };
    app.state.clock.advance(12 * 3600 - 60);
    assert!(me(staff.clone()).await.is_some(), "still within twelve hours");
    app.state.clock.advance(60);
    assert!(
        me(staff.clone()).await.is_none(),
        "twelve hours after signing in, whatever the activity"
    );
    assert!(me(staff).await.is_none(), "and it stays ended");
    assert!(me(parent).await.is_some(), "a parent's session has no absolute limit");
    app.cleanup().await;
}

both!(each_role_is_refused_what_it_may_not_do);
async fn each_role_is_refused_what_it_may_not_do(db: Db) {
    use booking::server_fns::city::{AuditLog, SaveCentre};
    use booking::server_fns::family::MyRegistrations;
    use booking::server_fns::staff::StaffDays;
    let app = TestApp::spawn(db).await;
    let centre = crate::fixtures::centre(&app, "R").await;
    let restaurant =
        meals::store::restaurants::insert(&app.state.db, "店", "Shop", Township::of("TaitungCity"), false, 0)
            .await
            .unwrap();
    let anonymous = TestApp::new_client(&app.base);
    let (parent, _) = app.user(Role::Parent, None, None).await;
    let (staff, _) = app.user(Role::CentreStaff, Some(centre), None).await;
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    let (chef, _) = app.user(Role::RestaurantStaff, None, Some(restaurant)).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;

    let staff_days = || StaffDays {
        from: "2026-01-01".into(),
        to: "2026-02-01".into(),
    };
    let audit = || AuditLog { centre: None };
    let save = || SaveCentre {
        form: booking::server_fns::city::CentreForm {
            id: None,
            name: domain::Bilingual::new("新", "New"),
            district: domain::booking::District::of("Taoyuan"),
            address: domain::Bilingual::new("地址", "Address"),
            phone: "033334444".into(),
            disciplines: vec![domain::booking::session_plan::Discipline::Physician],
            checkin_time: "08:30".into(),
            notes: domain::Bilingual::default(),
            active: true,
        },
    };
    let b = &app.base;
    assert_eq!(
        call_with::<_, serde_json::Value>(&anonymous, b, staff_days())
            .await
            .err(),
        Some(AppError::NotSignedIn)
    );
    assert_eq!(
        call_with::<_, serde_json::Value>(&anonymous, b, MyRegistrations {})
            .await
            .err(),
        Some(AppError::NotSignedIn)
    );
    for c in [&parent, &city, &chef, &county] {
        assert_eq!(
            call_with::<_, serde_json::Value>(c, b, staff_days()).await.err(),
            Some(AppError::Forbidden)
        );
    }
    call_with::<_, serde_json::Value>(&staff, b, staff_days())
        .await
        .expect("staff runs their days");
    for c in [&parent, &staff, &chef, &county] {
        assert_eq!(
            call_with::<_, serde_json::Value>(c, b, audit()).await.err(),
            Some(AppError::Forbidden)
        );
        assert_eq!(
            call_with::<_, serde_json::Value>(c, b, save()).await.err(),
            Some(AppError::Forbidden)
        );
    }
    call_with::<_, serde_json::Value>(&city, b, audit())
        .await
        .expect("the city reads the audit log");
    call_with::<_, serde_json::Value>(&city, b, save())
        .await
        .expect("the city edits centres");
    for c in [&staff, &city, &chef, &county] {
        assert_eq!(
            call_with::<_, serde_json::Value>(c, b, MyRegistrations {}).await.err(),
            Some(AppError::Forbidden)
        );
    }
    for c in [&parent, &staff, &chef] {
        assert_eq!(
            call_with::<_, AccountsView>(c, b, ListAccounts {}).await.err(),
            Some(AppError::Forbidden)
        );
    }
    // Administrators create accounts of their own government only.
    let create = |role: &str, workplace: Option<i64>, email: &str| CreateAccount {
        email: email.into(),
        display_name: "New".into(),
        password: "initial password".into(),
        role: role.into(),
        workplace_id: workplace.map(|w| w.to_string()),
    };
    assert_eq!(
        call_with::<_, ()>(&city, b, create("restaurant_staff", Some(restaurant.get()), "a@x.tw")).await,
        Err(AppError::RoleNotAllowed)
    );
    assert_eq!(
        call_with::<_, ()>(&county, b, create("centre_staff", Some(centre.get()), "b@x.tw")).await,
        Err(AppError::RoleNotAllowed)
    );
    assert_eq!(
        call_with::<_, ()>(&city, b, create("centre_staff", None, "c@x.tw")).await,
        Err(AppError::WorkplaceMissing)
    );
    call_with::<_, ()>(&city, b, create("centre_staff", Some(centre.get()), "d@x.tw"))
        .await
        .expect("city creates centre staff");
    call_with::<_, ()>(&county, b, create("restaurant_staff", Some(restaurant.get()), "e@x.tw"))
        .await
        .expect("county creates restaurant staff");
    let listed: AccountsView = call_with(&city, b, ListAccounts {}).await.unwrap();
    assert!(listed.accounts.iter().any(|a| a.email == "d@x.tw"));
    assert!(
        listed
            .accounts
            .iter()
            .all(|a| matches!(a.role, Role::CentreStaff | Role::CityAdmin))
    );
    app.cleanup().await;
}

both!(administrators_disable_enable_and_reset_accounts_and_a_set_password_is_changed_first);
async fn administrators_disable_enable_and_reset_accounts_and_a_set_password_is_changed_first(db: Db) {
    use booking::server_fns::staff::GetDayDetail;
    use booking::types::DayDetail;
    let app = TestApp::spawn(db).await;
    let b = &app.base;
    let c = crate::fixtures::centre(&app, "Accounts").await;
    let d = crate::fixtures::day(&app, c, 3, crate::fixtures::Places { total: 2, under3: 0 }).await;
    let (city, city_id) = app.user(Role::CityAdmin, None, None).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    call_with::<_, ()>(
        &city,
        b,
        CreateAccount {
            email: "new.staff@x.tw".into(),
            display_name: "New".into(),
            password: "set by the city".into(),
            role: "centre_staff".into(),
            workplace_id: Some(c.get().to_string()),
        },
    )
    .await
    .unwrap();
    let staff_id = call_with::<_, AccountsView>(&city, b, ListAccounts {})
        .await
        .unwrap()
        .accounts
        .into_iter()
        .find(|a| a.email == "new.staff@x.tw")
        .unwrap()
        .id;
    let day = |client: reqwest::Client| {
        let b = b.clone();
        async move { call_with::<_, DayDetail>(&client, &b, GetDayDetail { day_id: d }).await }
    };
    let me = |client: reqwest::Client| {
        let b = b.clone();
        async move { call_with::<_, Option<Me>>(&client, &b, CurrentUser {}).await.unwrap() }
    };

    // A password the city set: nothing but changing it, until it is changed.
    let staff = TestApp::new_client(b);
    app.login_as(&staff, "new.staff@x.tw", "set by the city").await.unwrap();
    assert!(me(staff.clone()).await.is_some_and(|m| m.must_change_password));
    assert_eq!(day(staff.clone()).await.err(), Some(AppError::PasswordChangeRequired));
    let csv = staff
        .post(app.url(&format!("/staff/days/{d}/export.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 403);
    call_with::<_, ()>(
        &staff,
        b,
        ChangePassword {
            current_password: "set by the city".into(),
            new_password: "my own good password".into(),
        },
    )
    .await
    .unwrap();
    assert!(day(staff.clone()).await.is_ok(), "the console opens once it is changed");

    // A reset ends the holder's sessions and asks for a change again.
    call_with::<_, ()>(
        &city,
        b,
        ResetAccountPassword {
            id: staff_id,
            password: "a reset password".into(),
        },
    )
    .await
    .unwrap();
    assert!(me(staff.clone()).await.is_none(), "the old session ended");
    assert_eq!(
        app.login_as(&staff, "new.staff@x.tw", "my own good password").await,
        Err(AppError::BadCredentials)
    );
    app.login_as(&staff, "new.staff@x.tw", "a reset password")
        .await
        .unwrap();
    assert_eq!(day(staff.clone()).await.err(), Some(AppError::PasswordChangeRequired));

    // Disabled: the session ends and no sign-in works; enabled again, it does.
    call_with::<_, ()>(
        &city,
        b,
        SetAccountActive {
            id: staff_id,
            active: false,
        },
    )
    .await
    .unwrap();
    assert!(me(staff.clone()).await.is_none());
    assert_eq!(
        app.login_as(&staff, "new.staff@x.tw", "a reset password").await,
        Err(AppError::BadCredentials)
    );
    let listed = call_with::<_, AccountsView>(&city, b, ListAccounts {}).await.unwrap();
    assert!(
        listed.accounts.iter().any(|a| a.id == staff_id && !a.active),
        "listed as disabled"
    );
    call_with::<_, ()>(
        &city,
        b,
        SetAccountActive {
            id: staff_id,
            active: true,
        },
    )
    .await
    .unwrap();
    app.login_as(&staff, "new.staff@x.tw", "a reset password")
        .await
        .unwrap();

    // Only accounts of one's own government, never one's own; only administrators.
    assert_eq!(
        call_with::<_, ()>(
            &county,
            b,
            SetAccountActive {
                id: staff_id,
                active: false
            }
        )
        .await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        call_with::<_, ()>(
            &city,
            b,
            SetAccountActive {
                id: city_id,
                active: false
            }
        )
        .await,
        Err(AppError::OwnAccount)
    );
    assert_eq!(
        call_with::<_, ()>(
            &staff,
            b,
            SetAccountActive {
                id: city_id,
                active: false
            }
        )
        .await,
        Err(AppError::PasswordChangeRequired)
    );
    assert_eq!(
        call_with::<_, ()>(
            &city,
            b,
            ResetAccountPassword {
                id: staff_id,
                password: "short".into()
            }
        )
        .await,
        Err(AppError::PasswordTooShort)
    );
    // Every change is in the audit log, by whom and of which account.
    let audited: Vec<(String, String)> =
        sqlx::query_as("SELECT action, detail FROM audit_log WHERE actor_user_id = $1 ORDER BY id")
            .bind(city_id.get())
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    let actions: Vec<&str> = audited.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(actions, ["password_reset", "account_disabled", "account_enabled"]);
    assert!(audited.iter().all(|(_, who)| who == "new.staff@x.tw"));
    app.cleanup().await;
}

both!(a_cross_site_request_is_refused_and_changes_nothing);
async fn a_cross_site_request_is_refused_and_changes_nothing(db: Db) {
    let app = TestApp::spawn(db).await;
    let (parent, pid) = app.user(Role::Parent, None, None).await;
    let body = serde_qs::to_string(&ChangePassword {
        current_password: "correct horse battery".into(),
        new_password: "hijacked password".into(),
    })
    .unwrap();
    let res = parent
        .post(app.url(<ChangePassword as server_fn::ServerFn>::PATH))
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // Without Origin, a cookie-bearing request needs a same-site Referer.
    let no_origin = TestApp::new_client(&app.base);
    let res = reqwest::Client::new()
        .post(app.url(<ChangePassword as server_fn::ServerFn>::PATH))
        .header("cookie", "sid=whatever")
        .header("referer", "https://evil.example/page")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    drop(no_origin);
    let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(pid.get())
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    app.login_as(&TestApp::new_client(&app.base), &email, "correct horse battery")
        .await
        .expect("the password is unchanged");
    app.cleanup().await;
}

both!(a_demo_account_signs_in_only_while_the_demo_data_is_on);
async fn a_demo_account_signs_in_only_while_the_demo_data_is_on(db: Db) {
    use platform::ssr::{auth_backend::hash_password, users};
    let app = TestApp::spawn(db).await;
    let hash = hash_password("demo-parent-pass".into()).await;
    for (email, is_demo) in [("demo.parent@example.tw", true), ("real.parent@example.tw", false)] {
        let email = domain::platform::Email::parse(email).unwrap();
        let new = users::NewUser {
            email: &email,
            password_hash: &hash,
            role: domain::platform::Role::Parent,
            display_name: "Parent",
            workplace: None,
            is_demo,
            must_change_password: false,
        };
        users::insert(&app.state.db, new, app.state.clock.now()).await.unwrap();
    }
    let client = TestApp::new_client(&app.base);
    assert_eq!(
        app.login_as(&client, "demo.parent@example.tw", "demo-parent-pass")
            .await,
        Err(AppError::BadCredentials)
    );
    app.login_as(&client, "real.parent@example.tw", "demo-parent-pass")
        .await
        .expect("a real account signs in");
    app.cleanup().await;
}

both!(a_sign_up_creates_nothing_until_the_mailed_link_is_used_and_never_says_an_address_is_taken);
async fn a_sign_up_creates_nothing_until_the_mailed_link_is_used_and_never_says_an_address_is_taken(db: Db) {
    let app = TestApp::spawn(db).await;
    let users = || async { crate::fixtures::count(&app, "SELECT COUNT(*) FROM users").await };
    let restaurants = || async { meals::store::restaurants::list(&app.state.db).await.unwrap().len() };
    let (users_before, restaurants_before) = (users().await, restaurants().await);
    app.call::<_, ()>(register("new.cook@example.tw", "cook password", "restaurant_staff"))
        .await
        .expect("answered");
    // Nothing exists yet: no account, no restaurant, nobody signed in.
    assert_eq!(users().await, users_before);
    assert_eq!(restaurants().await, restaurants_before);
    assert_eq!(app.call::<_, Option<Me>>(CurrentUser {}).await.unwrap(), None);
    assert_eq!(
        app.login_as(&TestApp::new_client(&app.base), "new.cook@example.tw", "cook password")
            .await,
        Err(AppError::BadCredentials)
    );
    // A wrong link creates nothing; the right one creates both and signs in.
    assert_eq!(
        app.call::<_, ()>(ConfirmSignup { token: "0".repeat(32) }).await,
        Err(AppError::SignupLinkInvalid)
    );
    let token = mailed_token(&app, "new.cook@example.tw").await.expect("mailed");
    app.call::<_, ()>(ConfirmSignup { token: token.clone() })
        .await
        .expect("confirmed");
    let me = app
        .call::<_, Option<Me>>(CurrentUser {})
        .await
        .unwrap()
        .expect("signed in");
    assert_eq!(me.role, Role::RestaurantStaff);
    assert!(me.restaurant_id.is_some());
    assert_eq!(restaurants().await, restaurants_before + 1);
    // A link works once.
    let other = TestApp::new_client(&app.base);
    assert_eq!(
        call_with::<_, ()>(&other, &app.base, ConfirmSignup { token }).await,
        Err(AppError::SignupLinkInvalid)
    );

    // Registering with an address that has an account gets the same answer
    // as any sign-up; its holder is told by mail, and nothing is created.
    let mails = crate::fixtures::count(&app, "SELECT COUNT(*) FROM mail_outbox").await;
    call_with::<_, ()>(
        &other,
        &app.base,
        register("NEW.cook@example.tw ", "another password", "parent"),
    )
    .await
    .expect("the same answer");
    assert_eq!(users().await, users_before + 1);
    assert_eq!(
        crate::fixtures::count(&app, "SELECT COUNT(*) FROM mail_outbox").await,
        mails + 1
    );
    assert_eq!(
        mailed_token(&app, "new.cook@example.tw").await,
        None,
        "no link to an account"
    );
    assert_eq!(crate::fixtures::count(&app, "SELECT COUNT(*) FROM signups").await, 0);

    // An unconfirmed sign-up runs out after a day.
    call_with::<_, ()>(
        &other,
        &app.base,
        register("late@example.tw", "late password!", "parent"),
    )
    .await
    .unwrap();
    let late = mailed_token(&app, "late@example.tw").await.expect("mailed");
    app.state
        .clock
        .advance(domain::platform::email::SIGNUP_HOURS * 3600 + 1);
    assert_eq!(
        call_with::<_, ()>(&other, &app.base, ConfirmSignup { token: late }).await,
        Err(AppError::SignupLinkInvalid)
    );
    platform::ssr::signup::forget_expired(&app.state.db, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(crate::fixtures::count(&app, "SELECT COUNT(*) FROM signups").await, 0);
    app.cleanup().await;
}

both!(sign_ups_are_limited_per_address);
async fn sign_ups_are_limited_per_address(db: Db) {
    let app = TestApp::spawn_with(db, &["--signup-burst", "2"]).await;
    for n in 0..2 {
        app.call::<_, ()>(register(&format!("s{n}@example.tw"), "long enough pw", "parent"))
            .await
            .expect("within the limit");
    }
    assert_eq!(
        app.call::<_, ()>(register("s2@example.tw", "long enough pw", "parent"))
            .await,
        Err(AppError::RateLimited)
    );
    assert_eq!(crate::fixtures::count(&app, "SELECT COUNT(*) FROM signups").await, 2);
    app.cleanup().await;
}

both!(two_step_sign_in_is_enrolled_with_a_code_asked_at_sign_in_used_once_and_can_be_required);
async fn two_step_sign_in_is_enrolled_with_a_code_asked_at_sign_in_used_once_and_can_be_required(db: Db) {
    use platform::accounts::SetSecondFactorRule;
    use platform::auth::{DisableSecondFactor, EnableSecondFactor, SecondFactorStatus, SecondFactorView};
    use platform::ssr::second_factor::code_at;
    let app = TestApp::spawn(db).await;
    let totp_centre = crate::fixtures::centre(&app, "TOTP").await;
    let totp_day = crate::fixtures::day(&app, totp_centre, 3, crate::fixtures::Places { total: 2, under3: 0 }).await;
    let (staff, staff_id) = app.user(Role::CentreStaff, Some(totp_centre), None).await;
    let export = |client: reqwest::Client| {
        let url = app.url(&format!("/staff/days/{totp_day}/export.csv"));
        async move { client.post(url).send().await.unwrap().status() }
    };
    assert_eq!(export(staff.clone()).await, 200);
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(staff_id.get())
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let sign_in = |code: Option<String>| {
        let (base, email) = (app.base.clone(), email.clone());
        async move {
            let client = TestApp::new_client(&base);
            let res = call_with::<_, ()>(
                &client,
                &base,
                Login {
                    email,
                    password: "correct horse battery".into(),
                    next: None,
                    code,
                },
            )
            .await;
            (client, res)
        }
    };
    let console = |client: reqwest::Client| {
        let base = app.base.clone();
        let (from, to) = (
            crate::fixtures::in_days(&app, 0).to_string(),
            crate::fixtures::in_days(&app, 7).to_string(),
        );
        async move {
            call_with::<_, Vec<booking::types::DayView>>(
                &client,
                &base,
                booking::server_fns::staff::StaffDays { from, to },
            )
            .await
        }
    };

    // The city requires it for centre staff: the staff member is sent to
    // turn it on before anything else (the account page still works).
    call_with::<_, ()>(
        &city,
        &app.base,
        SetSecondFactorRule {
            role: "centre_staff".into(),
            required: true,
        },
    )
    .await
    .unwrap();
    assert_eq!(console(staff.clone()).await.err(), Some(AppError::SecondFactorRequired));
    // The clinic day's export asks the same of the same account.
    assert_eq!(export(staff.clone()).await, 403);
    // The county's role is not the city's to require.
    assert_eq!(
        call_with::<_, ()>(
            &city,
            &app.base,
            SetSecondFactorRule {
                role: "restaurant_staff".into(),
                required: true,
            },
        )
        .await,
        Err(AppError::Forbidden)
    );

    // Enrol: the app's code for the key offered turns it on; a wrong one does not.
    let view: SecondFactorView = call_with(&staff, &app.base, SecondFactorStatus {}).await.unwrap();
    assert!(view.required && !view.on);
    let key: String = view.setup_key.unwrap().split_whitespace().collect();
    assert!(view.setup_url.unwrap().starts_with("otpauth://totp/"));
    let now = app.state.clock.now();
    assert_eq!(
        call_with::<_, ()>(&staff, &app.base, EnableSecondFactor { code: "000000".into() }).await,
        Err(AppError::CodeWrong)
    );
    let code = code_at(&key, &email, now).unwrap();
    call_with::<_, ()>(&staff, &app.base, EnableSecondFactor { code: code.clone() })
        .await
        .expect("turned on");
    let stored: Option<String> = sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = $1")
        .bind(staff_id.get())
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(stored.is_some_and(|s| !s.contains(&key)), "kept encrypted");
    assert!(console(staff.clone()).await.is_ok(), "the console opens");

    // Signing in now asks for the code: none, a wrong one, or the one used
    // to turn it on are refused, each as a wrong password is (the answer
    // never tells a guesser the password was right); the next one works, once.
    assert_eq!(sign_in(None).await.1, Err(AppError::BadCredentials));
    assert_eq!(sign_in(Some("123456".into())).await.1, Err(AppError::BadCredentials));
    assert_eq!(sign_in(Some(code)).await.1, Err(AppError::BadCredentials));
    app.state.clock.advance(30);
    let next = code_at(&key, &email, app.state.clock.now()).unwrap();
    let (client, res) = sign_in(Some(next.clone())).await;
    res.expect("signed in with the code");
    assert!(console(client).await.is_ok());
    assert_eq!(
        sign_in(Some(next)).await.1,
        Err(AppError::BadCredentials),
        "a code works once"
    );

    // While required it stays on; made optional, its holder may turn it off
    // with the password.
    assert_eq!(
        call_with::<_, ()>(
            &staff,
            &app.base,
            DisableSecondFactor {
                password: "correct horse battery".into(),
                code: None,
            }
        )
        .await,
        Err(AppError::SecondFactorStillRequired)
    );
    call_with::<_, ()>(
        &city,
        &app.base,
        SetSecondFactorRule {
            role: "centre_staff".into(),
            required: false,
        },
    )
    .await
    .unwrap();
    assert_eq!(
        call_with::<_, ()>(
            &staff,
            &app.base,
            DisableSecondFactor {
                password: "wrong".into(),
                code: None,
            }
        )
        .await,
        Err(AppError::WrongPassword)
    );
    // The password alone (what may have leaked) does not turn it off, nor
    // with a code used already: a current code from the app does.
    assert_eq!(
        call_with::<_, ()>(
            &staff,
            &app.base,
            DisableSecondFactor {
                password: "correct horse battery".into(),
                code: None,
            }
        )
        .await,
        Err(AppError::CodeRequired)
    );
    app.state.clock.advance(30);
    let current = code_at(&key, &email, app.state.clock.now()).unwrap();
    call_with::<_, ()>(
        &staff,
        &app.base,
        DisableSecondFactor {
            password: "correct horse battery".into(),
            code: Some(current),
        },
    )
    .await
    .expect("turned off");
    sign_in(None).await.1.expect("the password alone again");
    let audited = crate::fixtures::count(
        &app,
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('second_factor_on', 'second_factor_off', 'second_factor_required', 'second_factor_optional')",
    )
    .await;
    assert_eq!(audited, 4);

    // A lost phone: the administrator's password reset turns it off too.
    let view: SecondFactorView = call_with(&staff, &app.base, SecondFactorStatus {}).await.unwrap();
    let key: String = view.setup_key.unwrap().split_whitespace().collect();
    app.state.clock.advance(30);
    let code = code_at(&key, &email, app.state.clock.now()).unwrap();
    call_with::<_, ()>(&staff, &app.base, EnableSecondFactor { code })
        .await
        .expect("on again");
    call_with::<_, ()>(
        &city,
        &app.base,
        ResetAccountPassword {
            id: staff_id,
            password: "a new initial password".into(),
        },
    )
    .await
    .unwrap();
    let secret: Option<String> = sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = $1")
        .bind(staff_id.get())
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(secret, None);
    app.cleanup().await;
}
