use crate::error::AppError;
use crate::usecase::supplier_views::Keeper;
use domain::platform::{Permission, Role};
use platform::ssr::guard;

/// Who is adding: the county (to the directory) or a restaurant (its own),
/// past the same checks as everywhere else (a password that must be
/// changed, a second factor the role needs).
pub async fn keeper() -> Result<Keeper, AppError> {
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    Ok(match me.role {
        Role::CountyAdmin => Keeper::County(guard::actor(Permission::ManageRestaurants).await?),
        Role::RestaurantStaff => Keeper::Restaurant(guard::actor(Permission::BuildMeals).await?),
        _ => return Err(AppError::Forbidden),
    })
}
