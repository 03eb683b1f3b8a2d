//! The 16 townships and the city of Taitung County, where the restaurants
//! are. The stored name is the romanised name as written below; the Chinese
//! and English names are the county's official ones (Taitung County
//! Government, administrative divisions).

crate::named::closed_set! {
    names as written;
    #[derive(PartialOrd, Ord)]
    pub enum Township {
        TaitungCity,
        Chenggong,
        Guanshan,
        Beinan,
        Luye,
        Chishang,
        Donghe,
        Changbin,
        Taimali,
        Dawu,
        Ludao,
        Haiduan,
        Yanping,
        Jinfeng,
        Daren,
        Lanyu,
    }
}

impl crate::Place for Township {
    /// The township's name in Chinese, as the county writes it.
    fn name_zh(self) -> &'static str {
        match self {
            Township::TaitungCity => "臺東市",
            Township::Chenggong => "成功鎮",
            Township::Guanshan => "關山鎮",
            Township::Beinan => "卑南鄉",
            Township::Luye => "鹿野鄉",
            Township::Chishang => "池上鄉",
            Township::Donghe => "東河鄉",
            Township::Changbin => "長濱鄉",
            Township::Taimali => "太麻里鄉",
            Township::Dawu => "大武鄉",
            Township::Ludao => "綠島鄉",
            Township::Haiduan => "海端鄉",
            Township::Yanping => "延平鄉",
            Township::Jinfeng => "金峰鄉",
            Township::Daren => "達仁鄉",
            Township::Lanyu => "蘭嶼鄉",
        }
    }

    /// The township's name in English.
    fn name_en(self) -> &'static str {
        match self {
            Township::TaitungCity => "Taitung City",
            Township::Chenggong => "Chenggong Township",
            Township::Guanshan => "Guanshan Township",
            Township::Beinan => "Beinan Township",
            Township::Luye => "Luye Township",
            Township::Chishang => "Chishang Township",
            Township::Donghe => "Donghe Township",
            Township::Changbin => "Changbin Township",
            Township::Taimali => "Taimali Township",
            Township::Dawu => "Dawu Township",
            Township::Ludao => "Lüdao Township (Green Island)",
            Township::Haiduan => "Haiduan Township",
            Township::Yanping => "Yanping Township",
            Township::Jinfeng => "Jinfeng Township",
            Township::Daren => "Daren Township",
            Township::Lanyu => "Lanyu Township (Orchid Island)",
        }
    }
}

#[cfg(test)]
mod tests;
