//! The accounts an administrator manages: those of the roles they may
//! create, with their workplaces, and the two-step sign-in rules they set.

use crate::AppError;
use crate::account::{AccountItem, AccountsView, Workplace};
use crate::ssr::actor::Admin;
use crate::ssr::{Context, second_factor, users};
use domain::Named;
use domain::platform::Role;

pub async fn list_accounts(cx: &Context, me: &Admin) -> Result<AccountsView, AppError> {
    let creatable: Vec<Role> = Role::all().filter(|r| me.role.may_create(*r)).collect();
    let rows = users::list_by_roles(&cx.db, &creatable).await?;
    let workplaces = cx.workplaces.listed_for(&cx.db, me.role).await?;
    let accounts = rows
        .into_iter()
        .map(|r| AccountItem {
            own: r.id == me.user,
            ..listed(r, &workplaces)
        })
        .collect();
    let required = second_factor::required_roles(&cx.db).await?;
    let second_factor = me
        .role
        .second_factor_governed()
        .map(|r| (r, required.contains(&r)))
        .collect();
    Ok(AccountsView {
        creatable,
        workplaces,
        accounts,
        second_factor,
    })
}

/// An account as listed, named with its workplace among `workplaces`.
fn listed(r: users::AccountListRow, workplaces: &[Workplace]) -> AccountItem {
    let place = r
        .workplace_id
        .and_then(|id| workplaces.iter().find(|w| w.id == id && w.role == r.role));
    AccountItem {
        id: r.id,
        role: r.role,
        email: r.email,
        display_name: r.display_name,
        workplace: place.map(|w| w.name.clone()),
        active: r.active == 1,
        own: false,
    }
}
