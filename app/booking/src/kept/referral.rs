//! The referral just made, kept on the referrer's device for an hour for
//! the confirmation.

use crate::types::ReferralDone;
use platform::ssr::Context;
use platform::ssr::sealed::Sealed;

const REFERRED: Sealed<ReferralDone> = Sealed::new("referred", 3600);

pub fn read(cx: &Context) -> Option<ReferralDone> {
    REFERRED.read(cx)
}

pub fn write(cx: &Context, done: &ReferralDone) {
    REFERRED.write(cx, done);
}

pub fn clear(cx: &Context) {
    REFERRED.clear(cx);
}
