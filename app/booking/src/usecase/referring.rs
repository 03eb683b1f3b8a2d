//! Who refers a child: a reporter of an institution, a parent with an
//! account, or (signed out) a family. Shared by the referral page and the
//! referral itself.

use crate::error::AppError;
use crate::types::Referrer;
use domain::booking::case::ReporterKind;
use domain::ids::InstitutionId;
use platform::ssr::Context;
use platform::ssr::actor::{Actor, Parent, Reporter};
use platform::ssr::auth_backend::SessionUser;

/// Who refers, typed.
pub enum Referring {
    Reporter(Reporter),
    /// A family: a parent's account, or nobody signed in.
    Family(Option<Parent>),
}

impl Referring {
    /// The signed-in account (if any) as one who may refer; an account that
    /// must change its password first, or whose role does not refer
    /// children, is refused.
    pub fn of(me: Option<&SessionUser>) -> Result<Self, AppError> {
        let Some(u) = me else {
            return Ok(Referring::Family(None));
        };
        if u.must_change_password {
            return Err(AppError::PasswordChangeRequired);
        }
        if let Some(r) = Reporter::of(u) {
            return Ok(Referring::Reporter(r));
        }
        Parent::of(u)
            .map(|p| Referring::Family(Some(p)))
            .ok_or(AppError::Forbidden)
    }

    /// The account, when someone is signed in.
    pub fn user(&self) -> Option<domain::ids::UserId> {
        match self {
            Referring::Reporter(r) => Some(r.user),
            Referring::Family(p) => p.as_ref().map(|p| p.user),
        }
    }
}

/// The referrer as the form introduces them, with the reporter's institution.
pub async fn referrer(cx: &Context, who: &Referring) -> Result<(Referrer, Option<InstitutionId>), AppError> {
    Ok(match who {
        Referring::Reporter(r) => {
            let institution = crate::store::institutions::get(&cx.db, r.institution)
                .await?
                .ok_or(AppError::Forbidden)?;
            let referrer = Referrer {
                kind: institution.kind.into(),
                name: Some(r.name.clone()),
                institution: Some(institution.name()),
            };
            (referrer, Some(r.institution))
        }
        Referring::Family(p) => {
            let referrer = Referrer {
                kind: ReporterKind::Family,
                name: p.as_ref().map(|p| p.name.clone()),
                institution: None,
            };
            (referrer, None)
        }
    })
}
