//! The 13 districts of Taoyuan City, where the assessment centres are.
//! The stored name is the district's English name; the Chinese one is its
//! official name (Taoyuan City Government).

crate::named::closed_set! {
    names as written;
    #[derive(PartialOrd, Ord)]
    pub enum District {
        Taoyuan,
        Zhongli,
        Pingzhen,
        Bade,
        Yangmei,
        Luzhu,
        Dayuan,
        Guishan,
        Daxi,
        Longtan,
        Guanyin,
        Xinwu,
        Fuxing,
    }
}

impl crate::Place for District {
    /// The district's official name.
    fn name_zh(self) -> &'static str {
        match self {
            District::Taoyuan => "桃園區",
            District::Zhongli => "中壢區",
            District::Pingzhen => "平鎮區",
            District::Bade => "八德區",
            District::Yangmei => "楊梅區",
            District::Luzhu => "蘆竹區",
            District::Dayuan => "大園區",
            District::Guishan => "龜山區",
            District::Daxi => "大溪區",
            District::Longtan => "龍潭區",
            District::Guanyin => "觀音區",
            District::Xinwu => "新屋區",
            District::Fuxing => "復興區",
        }
    }

    /// The district's English name, as stored.
    fn name_en(self) -> &'static str {
        crate::Named::as_str(self)
    }
}

#[cfg(test)]
mod tests;
