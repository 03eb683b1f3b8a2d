//! A government's profile and the installation, as read from the files.

use crate::text::{Bilingual, Lang};
use serde::{Deserialize, Serialize};

/// Whether a government is a city (市) or a county (縣).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GovernmentKind {
    City,
    County,
}

/// The services a government can run here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    /// Child development joint assessments, referrals and their dashboard.
    EarlyIntervention,
    /// The low-carbon meal builder, the standard and certification.
    Meals,
}

/// One government, as its profile describes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Government {
    /// The profile's name: lower-case letters, digits and dashes.
    pub id: String,
    pub kind: GovernmentKind,
    /// The Ministry of the Interior's code of the city or county (5 digits).
    pub code: String,
    pub services: Vec<Service>,
    /// The government's official name (市政府 or 縣政府 with its place).
    pub name: Bilingual,
    /// The place it governs (the city or county).
    pub place: Bilingual,
    /// The short name used in titles and at the head of text messages.
    pub short: Bilingual,
    pub contact: Contact,
    #[serde(default)]
    pub early_intervention: Option<EarlyIntervention>,
    #[serde(default)]
    pub meals: Option<MealsTerms>,
    /// From `areas.csv`.
    #[serde(skip_deserializing, default)]
    pub areas: Vec<Area>,
}

/// How the public reaches the government (footer, mails).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub phone: String,
    pub website: String,
    pub address: Bilingual,
    #[serde(default)]
    pub email: Option<String>,
}

/// The early-intervention service's targets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlyIntervention {
    /// Days from asking to a first joint assessment that the target allows.
    pub first_assessment_days: u32,
    /// The share of children to assess within those days (0 to 1).
    pub first_assessment_share: f64,
    /// Working days the referral centre has to reach a referred family.
    pub contact_working_days: u32,
    /// The tag at the head of every text message (its short name and 早療).
    pub sms_tag: Bilingual,
}

/// The meal service's terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MealsTerms {
    /// Upper-case letters before a slow-food certificate's number.
    pub certificate_prefix: String,
    /// The certification scheme's name.
    pub certificate_scheme: Bilingual,
}

/// A district or township.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    /// The Ministry of the Interior's code (8 digits, the government's 5 first).
    pub code: String,
    /// How records store it (letters only, unique in the installation).
    pub key: String,
    pub name: Bilingual,
    /// The area's office, for distances.
    pub lat: f64,
    pub lon: f64,
}

/// Every government of this installation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Installation {
    pub governments: Vec<Government>,
}

impl Installation {
    /// The government that runs `service` here (one at most: records do not
    /// yet carry their government, so [`check`] refuses two).
    pub fn running(&self, service: Service) -> Option<&Government> {
        self.governments.iter().find(|g| g.services.contains(&service))
    }

    /// The early-intervention government and its targets.
    pub fn early_intervention(&self) -> Option<(&Government, &EarlyIntervention)> {
        let g = self.running(Service::EarlyIntervention)?;
        Some((g, g.early_intervention.as_ref()?))
    }

    /// The meal government and its terms.
    pub fn meals(&self) -> Option<(&Government, &MealsTerms)> {
        let g = self.running(Service::Meals)?;
        Some((g, g.meals.as_ref()?))
    }

    /// The governments' official names, joined for a footer (`、` or `and`).
    pub fn names(&self, lang: Lang) -> String {
        self.joined(lang, |g| &g.name)
    }

    /// The places they govern, joined the same way.
    pub fn places(&self, lang: Lang) -> String {
        self.joined(lang, |g| &g.place)
    }

    fn joined(&self, lang: Lang, text: fn(&Government) -> &Bilingual) -> String {
        let sep = match lang {
            Lang::ZhTw => "、",
            Lang::En => " and ",
        };
        self.governments
            .iter()
            .map(|g| text(g).get(lang))
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// The short names joined by dashes (the two-step sign-in's issuer).
    pub fn short_names(&self, lang: Lang) -> String {
        self.governments
            .iter()
            .map(|g| g.short.get(lang))
            .collect::<Vec<_>>()
            .join("-")
    }
}
