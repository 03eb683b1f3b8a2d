//! Where a supplier is: one of the townships of the county that runs the
//! meal service (local food, from its profile), or another of Taiwan's
//! cities and counties. Each has a centre point, used when a supplier or a
//! restaurant gives no location of its own.
//!
//! The centre points are the township offices and the city or county
//! government seats, read from public maps to about a kilometre (WGS 84);
//! for distances of tens of kilometres that error is well under the road
//! factor's own uncertainty, and a supplier's exact location can be given.

use super::sourcing::GeoPoint;
use super::township::Township;
use crate::platform::profile::{Installation, Service};
use crate::{Bilingual, Named, Place};

crate::named::closed_set! {
    names as written;
    /// Taiwan's cities and counties other than Taitung (Ministry of the
    /// Interior's administrative divisions), stored by romanised name.
    #[derive(PartialOrd, Ord)]
    pub enum County {
        TaipeiCity,
        NewTaipei,
        Keelung,
        Taoyuan,
        HsinchuCity,
        HsinchuCounty,
        Miaoli,
        Taichung,
        Changhua,
        Nantou,
        Yunlin,
        ChiayiCity,
        ChiayiCounty,
        Tainan,
        Kaohsiung,
        Pingtung,
        Yilan,
        Hualien,
        Penghu,
        Kinmen,
        Lienchiang,
    }
}

impl Place for County {
    fn name_zh(self) -> &'static str {
        use County::*;
        match self {
            TaipeiCity => "臺北市",
            NewTaipei => "新北市",
            Keelung => "基隆市",
            Taoyuan => "桃園市",
            HsinchuCity => "新竹市",
            HsinchuCounty => "新竹縣",
            Miaoli => "苗栗縣",
            Taichung => "臺中市",
            Changhua => "彰化縣",
            Nantou => "南投縣",
            Yunlin => "雲林縣",
            ChiayiCity => "嘉義市",
            ChiayiCounty => "嘉義縣",
            Tainan => "臺南市",
            Kaohsiung => "高雄市",
            Pingtung => "屏東縣",
            Yilan => "宜蘭縣",
            Hualien => "花蓮縣",
            Penghu => "澎湖縣",
            Kinmen => "金門縣",
            Lienchiang => "連江縣",
        }
    }

    fn name_en(self) -> &'static str {
        use County::*;
        match self {
            TaipeiCity => "Taipei City",
            NewTaipei => "New Taipei City",
            Keelung => "Keelung City",
            Taoyuan => "Taoyuan City",
            HsinchuCity => "Hsinchu City",
            HsinchuCounty => "Hsinchu County",
            Miaoli => "Miaoli County",
            Taichung => "Taichung City",
            Changhua => "Changhua County",
            Nantou => "Nantou County",
            Yunlin => "Yunlin County",
            ChiayiCity => "Chiayi City",
            ChiayiCounty => "Chiayi County",
            Tainan => "Tainan City",
            Kaohsiung => "Kaohsiung City",
            Pingtung => "Pingtung County",
            Yilan => "Yilan County",
            Hualien => "Hualien County",
            Penghu => "Penghu County",
            Kinmen => "Kinmen County",
            Lienchiang => "Lienchiang County (Matsu)",
        }
    }
}

impl County {
    /// The government seat (see the module's note on accuracy).
    pub fn centre(self) -> GeoPoint {
        use County::*;
        let (lat, lon) = match self {
            TaipeiCity => (25.0375, 121.5637),
            NewTaipei => (25.0120, 121.4650),
            Keelung => (25.1283, 121.7419),
            Taoyuan => (24.9936, 121.3010),
            HsinchuCity => (24.8039, 120.9647),
            HsinchuCounty => (24.8270, 121.0129),
            Miaoli => (24.5602, 120.8214),
            Taichung => (24.1618, 120.6469),
            Changhua => (24.0766, 120.5424),
            Nantou => (23.9157, 120.6640),
            Yunlin => (23.6990, 120.5263),
            ChiayiCity => (23.4800, 120.4491),
            ChiayiCounty => (23.4587, 120.2930),
            Tainan => (22.9920, 120.1850),
            Kaohsiung => (22.6203, 120.3120),
            Pingtung => (22.6828, 120.4879),
            Yilan => (24.7302, 121.7631),
            Hualien => (23.9913, 121.6114),
            Penghu => (23.5655, 119.5794),
            Kinmen => (24.4367, 118.3186),
            Lienchiang => (26.1608, 119.9510),
        };
        GeoPoint { lat, lon }
    }
}

/// A township of the county that runs the meal service (local food), or
/// another of Taiwan's cities and counties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Locality {
    Local(Township),
    Elsewhere(County),
}

impl Locality {
    /// The stored name: the county's, or else the township's key (a profile
    /// may give no township a county's name: `profile::check`).
    pub fn as_str(&self) -> &str {
        match self {
            Locality::Local(t) => t.as_str(),
            Locality::Elsewhere(c) => c.as_str(),
        }
    }

    /// The locality this stored name is; whether a township is one of the
    /// county's is the installation's question ([`Locality::centre_in`]).
    pub fn parse(s: &str) -> Option<Locality> {
        County::parse(s)
            .map(Locality::Elsewhere)
            .or_else(|| Township::parse(s).map(Locality::Local))
    }

    /// Food from one of the county's townships is local.
    pub fn is_local(self) -> bool {
        matches!(self, Locality::Local(_))
    }

    /// Where it is: a county's seat, or a township's office as the
    /// installation's profile gives it (`None` for a township it does not know).
    pub fn centre_in(self, installation: &Installation) -> Option<GeoPoint> {
        match self {
            Locality::Elsewhere(c) => Some(c.centre()),
            Locality::Local(t) => township_centre(installation, t),
        }
    }

    /// Its names: a county's, or a township's from the profile.
    pub fn name_in(self, installation: &Installation) -> Option<Bilingual> {
        match self {
            Locality::Elsewhere(c) => Some(Bilingual::new(c.name_zh(), c.name_en())),
            Locality::Local(t) => installation.area_name(t).cloned(),
        }
    }
}

/// A township's office, from the profile of the county that runs meals.
pub fn township_centre(installation: &Installation, t: Township) -> Option<GeoPoint> {
    installation
        .areas(Service::Meals)
        .iter()
        .find(|a| a.key == t.as_str())
        .and_then(|a| GeoPoint::new(a.lat, a.lon))
}

impl From<Locality> for String {
    fn from(l: Locality) -> String {
        l.as_str().to_owned()
    }
}

impl TryFrom<String> for Locality {
    type Error = crate::named::UnknownName;
    fn try_from(s: String) -> Result<Locality, Self::Error> {
        Locality::parse(&s).ok_or(crate::named::UnknownName {
            set: "Locality",
            name: s,
        })
    }
}

/// Whether a point lies in or near Taiwan's territory (Taiwan, Penghu,
/// Kinmen, Matsu, Green Island and Orchid Island): a supplier's location is
/// refused outside it, which catches swapped or mistyped coordinates.
pub fn in_taiwan(p: GeoPoint) -> bool {
    (21.7..=26.5).contains(&p.lat) && (118.0..=122.2).contains(&p.lon)
}

#[cfg(test)]
mod tests;
