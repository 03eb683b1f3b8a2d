//! Referring a child to the city (通報): the first referral of a child
//! opens a case, later ones join the child's open case; a referral after
//! the week is accepted and flagged late. The referrer and the family get
//! the referral's own number either way (the case's is the staff's), so the
//! answer never tells whether the child already had a case. The family
//! hears of every referral by text when a mobile number was given and by
//! mail when an address was, in the transaction that records it.

use super::referring::{Referring, referrer};
use crate::error::{AppError, BookingError};
use crate::store::cases::{self, NewReferral};
use crate::types::{AttachedScreening, ReferralDone, ReferralForm};
use domain::booking::case::{Referral, ReferralInput, ReporterKind};
use domain::booking::contact::{Phone, parse_child_name};
use domain::booking::national_id::NationalId;
use domain::platform::{Email, parse_person_name};
use platform::ssr::outbox::Outgoing;

/// `screening`: the finished checklist this device keeps, if the family attaches it.
pub async fn refer_child(
    cx: &crate::state::BookingCx,
    who: &Referring,
    form: ReferralForm,
    screening: Option<AttachedScreening>,
) -> Result<ReferralDone, AppError> {
    let (referrer, institution_id) = referrer(cx, who).await?;
    if who.user().is_none() && !cx.limits.hold_allowed(&format!("refer:{}", cx.client)).await {
        return Err(AppError::RateLimited);
    }
    let today = cx.clock.today();
    let child_name = parse_child_name(&form.child_name).ok_or(BookingError::ChildNameInvalid)?;
    let id = NationalId::parse(form.national_id.as_str()).map_err(BookingError::from)?;
    let birth = crate::forms::date(&form.birth_date)?;
    let observed = crate::forms::date(&form.observed_on)?;
    let guardian_name = parse_person_name(&form.guardian_name).ok_or(BookingError::GuardianNameInvalid)?;
    let phone = Phone::parse(&form.phone).map_err(|_| BookingError::PhoneInvalid)?;
    let email = match form.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        Some(e) => Some(Email::parse(e)?),
        None => None,
    };
    // A family referring without an account: the person's name, or the guardian's.
    let reporter_name = referrer.name.clone().unwrap_or_else(|| {
        form.reporter_name
            .as_deref()
            .and_then(parse_person_name)
            .unwrap_or_else(|| guardian_name.clone())
    });
    let input = ReferralInput {
        birth_date: birth,
        observed_on: observed,
        observation: form.observation,
        domains: form.domains.into_iter().collect(),
    };
    let referral = Referral::new(input, today).map_err(BookingError::from)?;
    // Only the family attaches its own checklist, and only for the same child.
    let screening = form
        .attach_screening
        .filter(|_| referrer.kind == ReporterKind::Family)
        .and(screening)
        .filter(|s| s.birth == birth)
        .and_then(|s| serde_json::to_string(&s).ok());
    let config = cx.config();
    let contact_due = domain::booking::referral::contact_due(today, config.contact_within_days, &config.calendar);
    let new = NewReferral {
        child_key: cx.keys.child_key(&id),
        national_id_enc: cx.keys.encrypt(id.expose()),
        national_id_masked: id.masked(),
        child_name,
        birth_date: birth,
        guardian_name,
        phone: phone.as_str().to_owned(),
        email: email.as_ref().map(|e| e.as_str().to_owned()),
        reporter_user_id: who.user(),
        institution_id,
        reporter_kind: referrer.kind,
        reporter_name,
        observed_on: referral.observed_on,
        reported_on: referral.reported_on,
        observation: referral.observation.clone(),
        domains: referral.domains.clone(),
        screening,
        contact_due,
        home_district: crate::profile::known_or_none(cx, crate::forms::home_from_form(&form.home_district)?)?,
        contact_key: cx.keys.sign(&format!(
            "referral contact|{}|{}",
            phone.as_str(),
            email.as_ref().map(|e| e.as_str()).unwrap_or_default()
        )),
    };
    let (head, locale) = (crate::notify::Letterhead::of(cx), cx.locale);
    let messages = |receipt: &str| {
        let mut out = Vec::new();
        if let Some(to) = &email {
            out.push(Outgoing::Mail(crate::notify::case_opened(
                to.as_str(),
                receipt,
                contact_due,
                &head,
            )));
        }
        if phone.is_mobile() {
            out.push(Outgoing::Sms(crate::notify::case_opened_sms(
                phone.as_str(),
                receipt,
                contact_due,
                &head,
                locale,
            )));
        }
        out
    };
    let done = cases::refer(&cx.db, &new, cx.clock.now(), messages).await?;
    metrics::counter!("referrals_total").increment(1);
    tracing::info!(case_id = %done.case_id, opened = done.opened, late = referral.is_late(), "referral received");
    Ok(ReferralDone {
        receipt: done.receipt,
        late: referral.is_late(),
        contact_due,
    })
}
