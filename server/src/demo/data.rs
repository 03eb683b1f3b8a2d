//! The demo data itself: accounts, centres and restaurants, each labelled
//! as a demonstration.

use chrono::Weekday;
use domain::booking::District;
use domain::booking::case::InstitutionKind;
use domain::meals::Township;
use domain::platform::Role;

/// The demo accounts; their passwords are in the README and printed once at load.
pub const DEMO_ACCOUNTS: [(&str, &str, Role, &str); 7] = [
    (
        "parent@demo.tw",
        "demo-parent-pass",
        Role::Parent,
        "示範家長 Demo Parent",
    ),
    (
        "staff.linkou@demo.tw",
        "demo-staff-pass",
        Role::CentreStaff,
        "示範中心人員 Demo Centre Staff",
    ),
    (
        "city.admin@demo.tw",
        "demo-city-admin-pass",
        Role::CityAdmin,
        "示範市府管理者 Demo City Admin",
    ),
    (
        "chef@demo.tw",
        "demo-chef-pass",
        Role::RestaurantStaff,
        "示範餐廳人員 Demo Chef",
    ),
    (
        "county.admin@demo.tw",
        "demo-county-admin-pass",
        Role::CountyAdmin,
        "示範縣府管理者 Demo County Admin",
    ),
    (
        "teacher@demo.tw",
        "demo-teacher-pass",
        Role::Reporter,
        "示範幼兒園老師 Demo Teacher",
    ),
    (
        "case.manager@demo.tw",
        "demo-case-manager-pass",
        Role::CaseManager,
        "示範個案管理員 Demo Case Manager",
    ),
];

/// Demo institutions whose staff refer children: (Chinese, English, kind, district).
pub(super) const DEMO_INSTITUTIONS: [(&str, &str, InstitutionKind, District); 3] = [
    (
        "桃園示範幼兒園(示範)",
        "Taoyuan Demo Kindergarten (demo)",
        InstitutionKind::School,
        District::of("Taoyuan"),
    ),
    (
        "中壢示範診所(示範)",
        "Zhongli Demo Clinic (demo)",
        InstitutionKind::Medical,
        District::of("Zhongli"),
    ),
    (
        "八德示範家庭服務中心(示範)",
        "Bade Demo Family Service Centre (demo)",
        InstitutionKind::SocialWelfare,
        District::of("Bade"),
    ),
];

pub(super) struct DemoCentre {
    pub(super) zh: &'static str,
    pub(super) en: &'static str,
    pub(super) district: District,
    pub(super) address_zh: &'static str,
    pub(super) address_en: &'static str,
    pub(super) phone: &'static str,
    pub(super) weekdays: [Weekday; 2],
}

/// Hospitals in Taoyuan that commonly run child-development assessments (domain
/// brief). Whether each is a funded joint-assessment centre is not verified:
/// they are demo data, and say so.
pub(super) const CENTRES: [DemoCentre; 8] = [
    DemoCentre {
        zh: "林口長庚紀念醫院",
        en: "Linkou Chang Gung Memorial Hospital",
        district: District::of("Guishan"),
        address_zh: "桃園市龜山區復興街5號",
        address_en: "No. 5, Fuxing St., Guishan Dist., Taoyuan",
        phone: "03-3281200",
        weekdays: [Weekday::Mon, Weekday::Thu],
    },
    DemoCentre {
        zh: "衛生福利部桃園醫院",
        en: "MOHW Taoyuan General Hospital",
        district: District::of("Taoyuan"),
        address_zh: "桃園市桃園區中山路1492號",
        address_en: "No. 1492, Zhongshan Rd., Taoyuan Dist., Taoyuan",
        phone: "03-3699721",
        weekdays: [Weekday::Tue, Weekday::Fri],
    },
    DemoCentre {
        zh: "聯新國際醫院",
        en: "Landseed International Hospital",
        district: District::of("Pingzhen"),
        address_zh: "桃園市平鎮區廣泰路77號",
        address_en: "No. 77, Guangtai Rd., Pingzhen Dist., Taoyuan",
        phone: "03-4941234",
        weekdays: [Weekday::Wed, Weekday::Fri],
    },
    DemoCentre {
        zh: "天晟醫院",
        en: "Tian-Sheng Memorial Hospital",
        district: District::of("Zhongli"),
        address_zh: "桃園市中壢區中山路155號",
        address_en: "No. 155, Zhongshan Rd., Zhongli Dist., Taoyuan",
        phone: "03-4629292",
        weekdays: [Weekday::Mon, Weekday::Wed],
    },
    DemoCentre {
        zh: "敏盛綜合醫院",
        en: "Min-Sheng General Hospital",
        district: District::of("Taoyuan"),
        address_zh: "桃園市桃園區經國路168號",
        address_en: "No. 168, Jingguo Rd., Taoyuan Dist., Taoyuan",
        phone: "03-3179599",
        weekdays: [Weekday::Tue, Weekday::Thu],
    },
    DemoCentre {
        zh: "聖保祿醫院",
        en: "St. Paul's Hospital",
        district: District::of("Taoyuan"),
        address_zh: "桃園市桃園區建新街123號",
        address_en: "No. 123, Jianxin St., Taoyuan Dist., Taoyuan",
        phone: "03-3613141",
        weekdays: [Weekday::Wed, Weekday::Sat],
    },
    DemoCentre {
        zh: "國軍桃園總醫院",
        en: "Taoyuan Armed Forces General Hospital",
        district: District::of("Longtan"),
        address_zh: "桃園市龍潭區中興路168號",
        address_en: "No. 168, Zhongxing Rd., Longtan Dist., Taoyuan",
        phone: "03-4799595",
        weekdays: [Weekday::Tue, Weekday::Thu],
    },
    DemoCentre {
        zh: "臺北榮民總醫院桃園分院",
        en: "Taipei Veterans General Hospital Taoyuan Branch",
        district: District::of("Taoyuan"),
        address_zh: "桃園市桃園區成功路三段100號",
        address_en: "No. 100, Sec. 3, Chenggong Rd., Taoyuan Dist., Taoyuan",
        phone: "03-3384889",
        weekdays: [Weekday::Mon, Weekday::Fri],
    },
];

/// The first three are public; the fourth waits for the county's approval
/// and the fifth is suspended (`meals::demo`).
pub(super) const DEMO_RESTAURANTS: [(&str, &str, Township); 5] = [
    (
        "池上慢食便當(示範)",
        "Chishang Slow Lunch Box (demo)",
        Township::of("Chishang"),
    ),
    (
        "鹿野有機廚房(示範)",
        "Luye Organic Kitchen (demo)",
        Township::of("Luye"),
    ),
    (
        "臺東海岸小館(示範)",
        "Taitung Coast Bistro (demo)",
        Township::of("TaitungCity"),
    ),
    (
        "東河小食堂(示範)",
        "Donghe Little Canteen (demo)",
        Township::of("Donghe"),
    ),
    (
        "綠島海味餐廳(示範)",
        "Green Island Seafood (demo)",
        Township::of("Ludao"),
    ),
];

/// Demo therapy providers across the districts, each with the services it offers.
pub(super) fn demo_providers() -> Vec<booking::store::providers::NewProvider<'static>> {
    use booking::store::providers::NewProvider;
    use domain::Bilingual;
    use domain::booking::report::Service::*;
    vec![
        NewProvider {
            name: Bilingual::new(
                "桃園示範兒童復健診所(示範)",
                "Taoyuan Demo Children's Rehabilitation Clinic (demo)",
            ),
            district: District::of("Taoyuan"),
            services: &[PhysicalTherapy, OccupationalTherapy, SpeechTherapy],
            phone: "03-3000001",
            address: Bilingual::new("桃園區示範路 1 號", "1 Demo Road, Taoyuan District"),
        },
        NewProvider {
            name: Bilingual::new(
                "桃園示範語言治療所(示範)",
                "Taoyuan Demo Speech Therapy Practice (demo)",
            ),
            district: District::of("Taoyuan"),
            services: &[SpeechTherapy],
            phone: "03-3000002",
            address: Bilingual::new("桃園區示範路 2 號", "2 Demo Road, Taoyuan District"),
        },
        NewProvider {
            name: Bilingual::new("中壢示範心理治療所(示範)", "Zhongli Demo Psychology Practice (demo)"),
            district: District::of("Zhongli"),
            services: &[Psychology],
            phone: "03-4000003",
            address: Bilingual::new("中壢區示範街 3 號", "3 Demo Street, Zhongli District"),
        },
        NewProvider {
            name: Bilingual::new(
                "中壢示範早療中心(示範)",
                "Zhongli Demo Early Intervention Centre (demo)",
            ),
            district: District::of("Zhongli"),
            services: &[OccupationalTherapy, SpeechTherapy, SpecialEducation],
            phone: "03-4000004",
            address: Bilingual::new("中壢區示範街 4 號", "4 Demo Street, Zhongli District"),
        },
        NewProvider {
            name: Bilingual::new("龜山示範復健科(示範)", "Guishan Demo Rehabilitation Department (demo)"),
            district: District::of("Guishan"),
            services: &[PhysicalTherapy, OccupationalTherapy, FollowUpClinic],
            phone: "03-3000005",
            address: Bilingual::new("龜山區示範大道 5 號", "5 Demo Avenue, Guishan District"),
        },
        NewProvider {
            name: Bilingual::new(
                "八德示範特教資源中心(示範)",
                "Bade Demo Special Education Resource Centre (demo)",
            ),
            district: District::of("Bade"),
            services: &[SpecialEducation, Psychology],
            phone: "03-3000006",
            address: Bilingual::new("八德區示範巷 6 號", "6 Demo Lane, Bade District"),
        },
    ]
}

/// A valid ID number for a demo child (the check digit computed).
pub fn demo_id(n: u32) -> domain::booking::NationalId {
    domain::booking::NationalId::example('H', 2, 9_000_000 + n)
        .unwrap_or_else(|| unreachable!("one check digit always fits"))
}
