//! Caps on the texts and mail the server sends (`domain::platform::sending`).

use anyhow::{Result, bail};
use clap::Args;
use domain::platform::sending::Caps;

#[derive(Args, Debug, Clone)]
pub struct Sending {
    /// Texts one mobile number may be sent in a day; more are kept unsent.
    #[arg(long, env = "SMS_PER_NUMBER_DAY", default_value_t = 10)]
    pub sms_per_number_day: u32,
    /// Texts sent in all in an hour; past it sending pauses and an alert is raised.
    #[arg(long, env = "SMS_PER_HOUR", default_value_t = 600)]
    pub sms_per_hour: u32,
    /// Mails one address may be sent in a day; more are kept unsent.
    #[arg(long, env = "MAIL_PER_ADDRESS_DAY", default_value_t = 30)]
    pub mail_per_address_day: u32,
    /// Mails sent in all in an hour; past it sending pauses and an alert is raised.
    #[arg(long, env = "MAIL_PER_HOUR", default_value_t = 3000)]
    pub mail_per_hour: u32,
}

impl Sending {
    pub fn check(&self) -> Result<()> {
        for (name, v) in [
            ("SMS_PER_NUMBER_DAY", self.sms_per_number_day),
            ("SMS_PER_HOUR", self.sms_per_hour),
            ("MAIL_PER_ADDRESS_DAY", self.mail_per_address_day),
            ("MAIL_PER_HOUR", self.mail_per_hour),
        ] {
            if v == 0 {
                bail!("{name} must be at least 1");
            }
        }
        Ok(())
    }

    pub fn sms(&self) -> Caps {
        Caps {
            per_destination_day: self.sms_per_number_day,
            per_hour: self.sms_per_hour,
        }
    }

    pub fn mail(&self) -> Caps {
        Caps {
            per_destination_day: self.mail_per_address_day,
            per_hour: self.mail_per_hour,
        }
    }
}
