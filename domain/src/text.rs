//! Text that the services show in both of their languages: Traditional
//! Chinese (the default) and English. Names of centres, restaurants, meals
//! and ingredients, addresses and notes are entered in both and travel
//! together as one `Bilingual` value; a page shows the one its reader chose.

use serde::{Deserialize, Serialize};

/// The two languages of the services.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    ZhTw,
    En,
}

/// One text in Traditional Chinese and in English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Bilingual {
    pub zh_tw: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(zh_tw: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            zh_tw: zh_tw.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhTw => &self.zh_tw,
            Lang::En => &self.en,
        }
    }

    /// Both texts, Chinese first, for messages that carry both languages
    /// (mail, calendar files): `市立醫院 / City Hospital`, or one of them
    /// when the two are the same.
    pub fn both(&self, separator: &str) -> String {
        if self.zh_tw == self.en {
            self.zh_tw.clone()
        } else {
            format!("{}{separator}{}", self.zh_tw, self.en)
        }
    }
}

/// A place from one of the services' closed lists (a city's districts, a
/// county's townships), named in both languages.
pub trait Place: Copy {
    /// The official Chinese name.
    fn name_zh(self) -> &'static str;
    /// The English name.
    fn name_en(self) -> &'static str;

    /// The name in `lang`.
    fn name_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhTw => self.name_zh(),
            Lang::En => self.name_en(),
        }
    }

    /// Both names.
    fn name(self) -> Bilingual {
        Bilingual::new(self.name_zh(), self.name_en())
    }
}

/// Serde for a name kept as two fields, `name_zh_tw` and `name_en`, beside
/// the other fields of its record: the shape of standard editions and saved
/// meal results, which the database holds as JSON. Use on a field with
/// `#[serde(flatten, with = "crate::text::name_fields")]`.
pub mod name_fields {
    use super::Bilingual;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize)]
    struct Out<'a> {
        name_zh_tw: &'a str,
        name_en: &'a str,
    }

    #[derive(Deserialize)]
    struct In {
        name_zh_tw: String,
        name_en: String,
    }

    pub fn serialize<S: Serializer>(name: &Bilingual, s: S) -> Result<S::Ok, S::Error> {
        Out {
            name_zh_tw: &name.zh_tw,
            name_en: &name.en,
        }
        .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Bilingual, D::Error> {
        let In { name_zh_tw, name_en } = In::deserialize(d)?;
        Ok(Bilingual::new(name_zh_tw, name_en))
    }
}

#[cfg(test)]
mod tests;
