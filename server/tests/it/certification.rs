//! The slow-food restaurant certification, end to end through the server:
//! criteria, application, review, certificate, verification, revocation.

use crate::both;
use crate::fixtures::count;
use crate::harness::{Db, TestApp, call_with};
use domain::ids::SupplierId;
use domain::meals::Township;
use domain::meals::certificate::{ApplicationStatus, CertificateState, CertificationError};
use domain::meals::certification::Criterion;
use domain::platform::Role;
use meals::error::AppError;
use meals::error::MealsError;
use meals::server_fns::certification::{
    ApplyCertification, CertifiedRestaurants, CountyCertification, MyCertification, PublishCriteria, ReviewApplication,
    RevokeCertificate, VerifyCertificate,
};
use meals::server_fns::listing::DecideListing;
use meals::server_fns::menu::SaveMeal;
use meals::server_fns::sourcing::{AddSupplier, PickSupplier};
use meals::types::{CertificateView, CertificationReview, CertificationStanding, MealSummary, SaveMealForm};

fn cert_err(e: CertificationError) -> Option<AppError> {
    Some(AppError::Service(MealsError::Certification(e)))
}

fn criteria(note: &str) -> PublishCriteria {
    PublishCriteria {
        max_average_kg: 5.0,
        min_local_percent: 50.0,
        min_certified_percent: 20.0,
        min_seasonal_changes: 2,
        waste_measures: Some("on".into()),
        reusable_packaging: None,
        note: note.into(),
    }
}

fn apply(seasonal: u32, waste: &str) -> ApplyCertification {
    ApplyCertification {
        seasonal_changes: seasonal,
        waste_evidence: waste.into(),
        packaging_evidence: String::new(),
    }
}

fn review(application: i64, r: &str, level: &str, reason: &str) -> ReviewApplication {
    ReviewApplication {
        application,
        review: r.into(),
        level: level.into(),
        reason: reason.into(),
    }
}

both!(the_county_runs_the_certification_end_to_end);
async fn the_county_runs_the_certification_end_to_end(db: Db) {
    let app = TestApp::spawn(db).await;
    let b = &app.base;
    let r = meals::store::restaurants::insert(&app.state.db, "慢食屋", "Slow House", Township::of("Beinan"), false, 0)
        .await
        .unwrap();
    let r2 = meals::store::restaurants::insert(&app.state.db, "別家", "Other", Township::of("Luye"), false, 0)
        .await
        .unwrap();
    let (chef, chef_id) = app.user(Role::RestaurantStaff, None, Some(r)).await;
    let (other_chef, _) = app.user(Role::RestaurantStaff, None, Some(r2)).await;
    let (county, county_id) = app.user(Role::CountyAdmin, None, None).await;
    let (city, city_id) = app.user(Role::CityAdmin, None, None).await;
    call_with::<_, ()>(
        &county,
        b,
        DecideListing {
            restaurant: r,
            action: "approve".into(),
            reason: String::new(),
        },
    )
    .await
    .unwrap();

    // Before the county publishes criteria nobody can apply.
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    assert!(mine.criteria.is_none() && !mine.can_apply);
    assert_eq!(
        call_with::<_, ()>(&chef, b, apply(2, "bins")).await.err(),
        Some(AppError::NotFound)
    );
    // Only the county publishes criteria, and only sensible ones.
    for (who, e) in [
        (&chef, AppError::Forbidden),
        (&city, AppError::Forbidden),
        (&app.client, AppError::NotSignedIn),
    ] {
        assert_eq!(call_with::<_, i64>(who, b, criteria("x")).await.err(), Some(e));
    }
    let mut silly = criteria("too many changes");
    silly.min_seasonal_changes = 13;
    assert_eq!(
        call_with::<_, i64>(&county, b, silly).await.err(),
        cert_err(CertificationError::CriteriaInvalid)
    );
    assert_eq!(call_with::<_, i64>(&county, b, criteria("first")).await.unwrap(), 1);

    // The restaurant's menu: 300 g of cabbage from a certified local farm
    // whose certificate expires in ten days, 100 g of rice with no origin.
    let expires = (app.state.clock.today() + chrono::Duration::days(10)).to_string();
    let farm: SupplierId = call_with(
        &county,
        b,
        AddSupplier {
            form: meals::types::NewSupplier {
                kind: "farm".into(),
                name_zh: "卑南有機菜園".into(),
                name_en: String::new(),
                locality: "Beinan".into(),
                lat: String::new(),
                lon: String::new(),
                certification: "organic".into(),
                certificate_number: "1-2-3".into(),
                certificate_body: "示範".into(),
                certificate_expires: expires,
            },
        },
    )
    .await
    .unwrap();
    call_with::<_, ()>(&chef, b, PickSupplier { supplier: farm })
        .await
        .unwrap();
    let mut cabbage = domain::meals::ItemInput::new("cabbage", 300.0);
    cabbage.supplier = Some(farm.get());
    call_with::<_, MealSummary>(
        &chef,
        b,
        SaveMeal {
            form: SaveMealForm {
                id: None,
                name: domain::Bilingual::new("菜飯", "Greens and rice"),
                input: domain::meals::MealInput {
                    items: vec![cabbage, domain::meals::ItemInput::new("rice-white", 100.0)],
                    ..Default::default()
                },
            },
        },
    )
    .await
    .unwrap();

    // A bad declaration changes nothing; a good one opens one application.
    assert_eq!(
        call_with::<_, ()>(&chef, b, apply(13, "bins")).await.err(),
        cert_err(CertificationError::SeasonalChangesInvalid)
    );
    assert_eq!(
        call_with::<_, ()>(&chef, b, apply(2, "bins\u{7}")).await.err(),
        cert_err(CertificationError::EvidenceInvalid)
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM certification_applications").await, 0);
    let (x, y) = tokio::join!(
        call_with::<_, ()>(&chef, b, apply(2, "compost bins")),
        call_with::<_, ()>(&chef, b, apply(2, "compost bins")),
    );
    assert!(x.is_ok() || y.is_ok());
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM certification_applications").await,
        1,
        "one open application"
    );
    assert_eq!(
        call_with::<_, ()>(&chef, b, apply(3, "compost bins")).await.err(),
        cert_err(CertificationError::AlreadyOpen)
    );
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    let app_id = mine.applications[0].id;
    assert_eq!(mine.applications[0].status, ApplicationStatus::Submitted);
    assert!(mine.outcomes.iter().all(|o| o.met), "{:?}", mine.outcomes);
    assert!(!mine.can_apply);
    // Another restaurant sees none of it; only the county reviews.
    let theirs: CertificationStanding = call_with(&other_chef, b, MyCertification {}).await.unwrap();
    assert!(theirs.applications.is_empty() && theirs.certificate.is_none());
    for who in [&chef, &other_chef, &city] {
        assert_eq!(
            call_with::<_, ()>(who, b, review(app_id, "approve", "basic", ""))
                .await
                .err(),
            Some(AppError::Forbidden)
        );
        assert_eq!(
            call_with::<_, CertificationReview>(who, b, CountyCertification {})
                .await
                .err(),
            Some(AppError::Forbidden)
        );
    }

    // The county: figures as sent, a level to approve, a reason to send back.
    let all: CertificationReview = call_with(&county, b, CountyCertification {}).await.unwrap();
    let sent = all.applications.iter().find(|a| a.id == app_id).unwrap();
    let local = sent
        .outcomes
        .iter()
        .find(|o| o.criterion == Criterion::LocalShare)
        .unwrap();
    assert!((local.value.unwrap() - 0.75).abs() < 1e-9);
    assert_eq!(
        call_with::<_, ()>(&county, b, review(app_id, "approve", "", ""))
            .await
            .err(),
        cert_err(CertificationError::LevelRequired)
    );
    assert_eq!(
        call_with::<_, ()>(&county, b, review(app_id, "reject", "", " "))
            .await
            .err(),
        cert_err(CertificationError::ReasonRequired)
    );
    assert_eq!(
        call_with::<_, ()>(&county, b, review(app_id, "approve", "platinum", ""))
            .await
            .err(),
        Some(AppError::InvalidInput)
    );
    let mails = count(&app, "SELECT COUNT(*) FROM mail_outbox").await;
    call_with::<_, ()>(
        &county,
        b,
        review(app_id, "request_changes", "", "Add a photo of the bins"),
    )
    .await
    .unwrap();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, mails + 1);
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    assert_eq!(mine.applications[0].status, ApplicationStatus::ChangesRequested);
    assert_eq!(mine.applications[0].decision_note, "Add a photo of the bins");
    assert!(mine.can_apply);
    call_with::<_, ()>(&chef, b, apply(2, "compost bins, photo at the door"))
        .await
        .unwrap();
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM certification_applications").await,
        1,
        "sent again, not anew"
    );
    call_with::<_, ()>(&county, b, review(app_id, "approve", "advanced", ""))
        .await
        .unwrap();
    assert!(matches!(
        call_with::<_, ()>(&county, b, review(app_id, "approve", "basic", ""))
            .await
            .err(),
        Some(AppError::Service(MealsError::Certification(
            CertificationError::NotApplicable
        )))
    ));
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    let steps: Vec<&str> = mine.applications[0].steps.iter().map(|s| s.action.as_str()).collect();
    assert_eq!(steps, ["submitted", "changes_requested", "resubmitted", "approved"]);
    let cert = mine.certificate.unwrap();
    let year = chrono::Datelike::year(&app.state.clock.today());
    assert_eq!(cert.number, format!("TTSF-{year}-{app_id:05}"));
    assert_eq!(cert.state, CertificateState::Valid);

    // Anyone verifies it by number and finds the restaurant in the directory.
    let checked: CertificateView = call_with(
        &app.client,
        b,
        VerifyCertificate {
            number: cert.number.to_lowercase(),
        },
    )
    .await
    .unwrap();
    assert_eq!((checked.restaurant_id, checked.state), (r, CertificateState::Valid));
    let listed: Vec<CertificateView> = call_with(&app.client, b, CertifiedRestaurants {}).await.unwrap();
    assert!(listed.iter().any(|c| c.number == cert.number));
    assert_eq!(checked.restaurant.zh_tw, "慢食屋");
    assert_eq!(
        call_with::<_, CertificateView>(
            &app.client,
            b,
            VerifyCertificate {
                number: "TTSF-1999-00001".into()
            }
        )
        .await
        .err(),
        Some(AppError::NotFound)
    );

    // Renewal: a new approval replaces the certificate; the old one is
    // checked as replaced and only the new one is listed.
    call_with::<_, ()>(&chef, b, apply(3, "compost bins")).await.unwrap();
    let all: CertificationReview = call_with(&county, b, CountyCertification {}).await.unwrap();
    let renewal = all
        .applications
        .iter()
        .find(|a| a.status == ApplicationStatus::Submitted)
        .unwrap()
        .id;
    assert_ne!(renewal, app_id);
    call_with::<_, ()>(&county, b, review(renewal, "approve", "exemplary", ""))
        .await
        .unwrap();
    let old: CertificateView = call_with(
        &app.client,
        b,
        VerifyCertificate {
            number: cert.number.clone(),
        },
    )
    .await
    .unwrap();
    assert_eq!(old.state, CertificateState::Replaced);
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    let cert = mine.certificate.unwrap();
    assert_eq!(cert.number, format!("TTSF-{year}-{renewal:05}"));
    assert_eq!(cert.level, domain::meals::certificate::Level::Exemplary);
    let listed: Vec<CertificateView> = call_with(&app.client, b, CertifiedRestaurants {}).await.unwrap();
    assert_eq!(listed.iter().filter(|c| c.restaurant_id == r).count(), 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM certificates").await, 2);

    // The farm's certificate expires: on that day the certified share falls
    // to nothing and the restaurant no longer meets that criterion.
    app.state.clock.advance(10 * 24 * 3600);
    app.sign_in_again(&chef, chef_id).await;
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    let certified = mine
        .outcomes
        .iter()
        .find(|o| o.criterion == Criterion::CertifiedShare)
        .unwrap();
    assert!(!certified.met && certified.value == Some(0.0), "{certified:?}");
    app.state.clock.advance(-24 * 3600);
    app.sign_in_again(&chef, chef_id).await;
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    assert!(
        mine.outcomes.iter().all(|o| o.met),
        "the day before, every criterion is met"
    );

    // Revoked with a reason: checked as revoked, gone from the directory.
    app.sign_in_again(&county, county_id).await;
    app.sign_in_again(&city, city_id).await;
    for who in [&chef, &city] {
        assert_eq!(
            call_with::<_, ()>(
                who,
                b,
                RevokeCertificate {
                    certificate: cert.id,
                    reason: "x".into()
                }
            )
            .await
            .err(),
            Some(AppError::Forbidden)
        );
    }
    assert_eq!(
        call_with::<_, ()>(
            &county,
            b,
            RevokeCertificate {
                certificate: cert.id,
                reason: " ".into()
            }
        )
        .await
        .err(),
        cert_err(CertificationError::ReasonRequired)
    );
    call_with::<_, ()>(
        &county,
        b,
        RevokeCertificate {
            certificate: cert.id,
            reason: "Menu no longer seasonal".into(),
        },
    )
    .await
    .unwrap();
    let checked: CertificateView = call_with(
        &app.client,
        b,
        VerifyCertificate {
            number: cert.number.clone(),
        },
    )
    .await
    .unwrap();
    assert_eq!(checked.state, CertificateState::Revoked);
    // The county's own words stay between the county and the restaurant.
    assert_eq!(checked.revoke_reason, "");
    let listed: Vec<CertificateView> = call_with(&app.client, b, CertifiedRestaurants {}).await.unwrap();
    assert!(!listed.iter().any(|c| c.restaurant_id == r));
    assert_eq!(
        call_with::<_, ()>(
            &county,
            b,
            RevokeCertificate {
                certificate: cert.id,
                reason: "again".into()
            }
        )
        .await
        .err(),
        Some(AppError::NotFound)
    );
    // A restaurant the county suspends is not verifiable in public at all.
    call_with::<_, ()>(
        &county,
        b,
        DecideListing {
            restaurant: r,
            action: "suspend".into(),
            reason: "closed".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!(
        call_with::<_, CertificateView>(
            &app.client,
            b,
            VerifyCertificate {
                number: cert.number.clone()
            }
        )
        .await
        .err(),
        Some(AppError::NotFound)
    );
    app.cleanup().await;
}

/// A form with a topic and a file, as a browser sends it.
fn multipart(topic: &str, name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let b = "----evidence-test-boundary-5f1c";
    let mut body = format!("--{b}\r\nContent-Disposition: form-data; name=\"topic\"\r\n\r\n{topic}\r\n").into_bytes();
    body.extend(
        format!("--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .into_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend(format!("\r\n--{b}--\r\n").into_bytes());
    (format!("multipart/form-data; boundary={b}"), body)
}

/// Sends a file; the page it redirects to.
async fn upload(app: &TestApp, client: &reqwest::Client, topic: &str, name: &str, bytes: &[u8]) -> String {
    let (content_type, body) = multipart(topic, name, bytes);
    let res = client
        .post(app.url("/meals/certification/evidence"))
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
    res.headers()[reqwest::header::LOCATION].to_str().unwrap().to_owned()
}

both!(evidence_files_go_with_the_application_and_only_to_the_county);
async fn evidence_files_go_with_the_application_and_only_to_the_county(db: Db) {
    use meals::server_fns::certification::RemoveEvidence;
    let app = TestApp::spawn(db).await;
    let b = &app.base;
    let r = meals::store::restaurants::insert(
        &app.state.db,
        "證據屋",
        "Evidence House",
        Township::of("Luye"),
        false,
        0,
    )
    .await
    .unwrap();
    let r2 = meals::store::restaurants::insert(&app.state.db, "別家", "Other", Township::of("Luye"), false, 0)
        .await
        .unwrap();
    let (chef, _) = app.user(Role::RestaurantStaff, None, Some(r)).await;
    let (other_chef, _) = app.user(Role::RestaurantStaff, None, Some(r2)).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    call_with::<_, i64>(&county, b, criteria("first")).await.unwrap();
    let pdf = b"%PDF-1.4\n% compost bins\n".to_vec();

    // Refused: not signed in, not a photo or document, empty, too large.
    assert_eq!(upload(&app, &app.client, "waste", "bins.pdf", &pdf).await, "/login");
    assert!(
        upload(&app, &chef, "waste", "x.gif", b"GIF89a...")
            .await
            .ends_with("evidence_error=not_accepted")
    );
    assert!(
        upload(&app, &chef, "waste", "x.pdf", b"")
            .await
            .ends_with("evidence_error=empty")
    );
    let mut big = b"%PDF-".to_vec();
    big.resize(domain::meals::certificate::MAX_EVIDENCE_BYTES + 1, b' ');
    assert!(
        upload(&app, &chef, "waste", "big.pdf", &big)
            .await
            .ends_with("evidence_error=too_large")
    );
    assert!(
        upload(&app, &chef, "compost", "x.pdf", &pdf)
            .await
            .ends_with("evidence_error=empty")
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM certification_evidence").await, 0);

    // Kept, waiting for the application; seen by the restaurant and the county only.
    // The name comes without the bidirectional marks that would show
    // "bins\u{202E}fdp.exe" as "binsexe.pdf".
    assert!(
        upload(&app, &chef, "waste", "bins\u{202E}.pdf", &pdf)
            .await
            .ends_with("done=evidence")
    );
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    assert_eq!(mine.pending_evidence.len(), 1);
    let file = mine.pending_evidence[0].clone();
    assert_eq!((file.file_name.as_str(), file.size), ("bins.pdf", pdf.len() as i64));
    let get = |client: &reqwest::Client| client.get(app.url(&format!("/evidence/{}", file.id))).send();
    for (client, status) in [
        (&chef, 200),
        (&county, 200),
        (&other_chef, 404),
        (&city, 403),
        (&app.client, 403),
    ] {
        assert_eq!(get(client).await.unwrap().status().as_u16(), status);
    }
    let res = get(&county).await.unwrap();
    assert_eq!(res.headers()[reqwest::header::CONTENT_TYPE], "application/pdf");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    // Served sandboxed: the site-wide headers keep the file's own policy.
    let policy = res.headers()[reqwest::header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(policy.starts_with("sandbox"), "{policy}");
    assert_eq!(res.bytes().await.unwrap().as_ref(), pdf.as_slice());
    // Another restaurant cannot take it back; the restaurant can.
    assert_eq!(
        call_with::<_, ()>(&other_chef, b, RemoveEvidence { evidence: file.id })
            .await
            .err(),
        Some(AppError::NotFound)
    );
    call_with::<_, ()>(&chef, b, RemoveEvidence { evidence: file.id })
        .await
        .unwrap();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM certification_evidence").await, 0);

    // At most ten wait at once.
    for n in 0..10 {
        assert!(
            upload(&app, &chef, "packaging", &format!("cup-{n}.pdf"), &pdf)
                .await
                .ends_with("done=evidence")
        );
    }
    assert!(
        upload(&app, &chef, "packaging", "one-more.pdf", &pdf)
            .await
            .ends_with("evidence_error=too_many")
    );

    // A file alone is evidence: the packaging criterion is met without words,
    // and the files go with the application.
    call_with::<_, ()>(&chef, b, apply(2, "bins")).await.unwrap();
    let mine: CertificationStanding = call_with(&chef, b, MyCertification {}).await.unwrap();
    assert!(mine.pending_evidence.is_empty());
    assert_eq!(mine.applications[0].evidence.len(), 10);
    assert_eq!(mine.applications[0].declaration.packaging_files, 10);
    let all: CertificationReview = call_with(&county, b, CountyCertification {}).await.unwrap();
    assert_eq!(all.applications[0].evidence.len(), 10);
    let sent = mine.applications[0].evidence[0].id;
    assert_eq!(
        call_with::<_, ()>(&chef, b, RemoveEvidence { evidence: sent })
            .await
            .err(),
        Some(AppError::NotFound),
        "a file sent with an application stays with it"
    );
    app.cleanup().await;
}
