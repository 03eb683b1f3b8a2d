//! Where a supplier is: one of Taitung County's 16 townships (local food),
//! or another of Taiwan's cities and counties. Each has a centre point, used
//! when a supplier or a restaurant gives no location of its own.
//!
//! The centre points are the township offices and the city or county
//! government seats, read from public maps to about a kilometre (WGS 84);
//! for distances of tens of kilometres that error is well under the road
//! factor's own uncertainty, and a supplier's exact location can be given.

use super::sourcing::GeoPoint;
use super::township::Township;
use crate::{Named, Place};

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

impl Township {
    /// The township office (see the module's note on accuracy).
    pub fn centre(self) -> GeoPoint {
        use Township::*;
        let (lat, lon) = match self {
            TaitungCity => (22.7553, 121.1441),
            Chenggong => (23.0990, 121.3770),
            Guanshan => (23.0474, 121.1631),
            Beinan => (22.7830, 121.0855),
            Luye => (22.9120, 121.1360),
            Chishang => (23.1230, 121.2200),
            Donghe => (22.9690, 121.3010),
            Changbin => (23.3150, 121.4520),
            Taimali => (22.6150, 121.0070),
            Dawu => (22.3400, 120.8900),
            Ludao => (22.6610, 121.4730),
            Haiduan => (23.1010, 121.1730),
            Yanping => (22.9020, 121.0840),
            Jinfeng => (22.5965, 120.9735),
            Daren => (22.2950, 120.8830),
            Lanyu => (22.0450, 121.5480),
        };
        GeoPoint { lat, lon }
    }
}

/// A township of Taitung (local) or another city or county of Taiwan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Locality {
    Taitung(Township),
    Elsewhere(County),
}

impl Locality {
    /// Every locality: Taitung's townships first, then the rest of Taiwan.
    pub fn all() -> impl Iterator<Item = Locality> {
        Township::all()
            .map(Locality::Taitung)
            .chain(County::all().map(Locality::Elsewhere))
    }

    /// The stored name: the township's or the county's (the two sets share no name).
    pub fn as_str(self) -> &'static str {
        match self {
            Locality::Taitung(t) => t.as_str(),
            Locality::Elsewhere(c) => c.as_str(),
        }
    }

    pub fn parse(s: &str) -> Option<Locality> {
        Township::parse(s)
            .map(Locality::Taitung)
            .or_else(|| County::parse(s).map(Locality::Elsewhere))
    }

    /// Food from a Taitung township is local.
    pub fn is_local(self) -> bool {
        matches!(self, Locality::Taitung(_))
    }

    pub fn centre(self) -> GeoPoint {
        match self {
            Locality::Taitung(t) => t.centre(),
            Locality::Elsewhere(c) => c.centre(),
        }
    }
}

impl Place for Locality {
    fn name_zh(self) -> &'static str {
        match self {
            Locality::Taitung(t) => t.name_zh(),
            Locality::Elsewhere(c) => c.name_zh(),
        }
    }

    fn name_en(self) -> &'static str {
        match self {
            Locality::Taitung(t) => t.name_en(),
            Locality::Elsewhere(c) => c.name_en(),
        }
    }
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
