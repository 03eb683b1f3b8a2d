//! A meal's printable label: the meal with a QR code of its public page,
//! and one of its restaurant's certificate check when it holds one.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::LabelView;
use platform::ssr::auth_backend::SessionUser;

/// A QR code of `url` as SVG, with the class given.
fn qr(url: &str, class: &str, size: u32) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|_| AppError::Internal)?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(size, size)
        .quiet_zone(true)
        .build()
        .replacen(
            "<svg ",
            &format!("<svg class=\"{class}\" role=\"img\" aria-label=\"QR\" "),
            1,
        ))
}

/// `viewer`: who is signed in, if anyone (the label shows as the meal's page does).
pub async fn meal_label(cx: &MealsCx, viewer: Option<&SessionUser>, slug: &str) -> Result<LabelView, AppError> {
    let detail = super::public_meal::public_meal(cx, viewer, slug).await?;
    let url = format!("{}/m/{}", cx.site(), detail.summary.slug);
    let qr_svg = qr(&url, "qr", 160)?;
    let verify = match &detail.certificate {
        Some(c) => {
            let at = format!("{}/verify?number={}", cx.site(), c.number);
            Some((qr(&at, "qr qr-verify", 110)?, at))
        }
        None => None,
    };
    Ok(LabelView {
        detail,
        qr_svg,
        url,
        verify,
    })
}
